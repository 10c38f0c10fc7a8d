package io.sprocket.engine.exec;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.function.Accumulator;
import io.sprocket.engine.function.AggregateDefinition;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.AggregateCall;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.GroupConcat;
import io.sprocket.sql.ast.OrderItem;
import io.sprocket.sql.ast.SortOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GROUP BY and aggregates. The output row of a group is the FROM row of its first input row (so grouped and
 * functionally dependent columns keep their slots) followed by one slot per aggregate.
 */
final class Aggregation {
    private Aggregation() {}

    /** One aggregate call site: its definition, compiled arguments and call options. */
    record Spec(AggregateDefinition definition, BoundExpression[] arguments, AggregateDefinition.AggregateCall call,
                SqlType type, BoundExpression[] orderKeys, boolean[] orderDescending) { }

    static Spec spec(Expression e, SelectCompiler.Block block) {
        var registry = block.functions();
        return switch (e) {
            case AggregateCall a -> {
                String name = a.name().toLowerCase(Locale.ROOT);
                AggregateDefinition def = registry.aggregate(name)
                        .orElseThrow(() -> new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, a.name()));
                BoundExpression[] args = block.compiler().compileAll(a.arguments(), block.scope(), "field list");
                if (!a.star()) def.checkArgumentCount(args.length);
                var call = new AggregateDefinition.AggregateCall(a.star(), a.distinct(), ",", null).withCollation(collationOf(args));
                yield new Spec(def, args, call, resultType(name, args), null, null);
            }
            case GroupConcat g -> {
                AggregateDefinition def = registry.aggregate("group_concat")
                        .orElseThrow(() -> new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "GROUP_CONCAT"));
                BoundExpression[] args = block.compiler().compileAll(g.arguments(), block.scope(), "field list");
                BoundExpression[] keys = new BoundExpression[g.orderBy().size()];
                boolean[] desc = new boolean[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    OrderItem o = g.orderBy().get(i);
                    keys[i] = block.compiler().compile(o.expression(), block.scope(), "order clause");
                    desc[i] = o.order() == SortOrder.DESC;
                }
                // ORDER BY is applied by OrderedAccumulator: it sorts [args..., keys...] and feeds the args.
                String sep = g.separator() == null ? "," : g.separator().value();
                var call = new AggregateDefinition.AggregateCall(false, g.distinct(), sep, null).withCollation(collationOf(args));

                // MySQL: TEXT unless group_concat_max_len <= 512 (the default is 1024).
                yield new Spec(def, args, call, SqlType.lob(TypeKind.TEXT, null), keys, desc);
            }
            default -> throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "this aggregate");
        };
    }

    private static Collation collationOf(BoundExpression[] args) {
        for (BoundExpression a : args) {
            if (a.type().collation() != null) return a.type().collation();
        }
        return io.sprocket.engine.type.CollationRegistry.defaultCollation();
    }

    static SqlType resultType(String name, BoundExpression[] args) {
        SqlType arg = args.length > 0 ? args[0].type() : SqlType.NULL;
        return switch (name) {
            case "count" -> SqlType.integerExpression(21, false);
            case "sum" -> arg.kind().isApproximate() || arg.kind().isString() ? SqlType.DOUBLE
                    : SqlType.decimal(Math.min(65, (int) (arg.kind() == TypeKind.DECIMAL ? arg.length() : 20) + 22),
                    arg.kind() == TypeKind.DECIMAL ? arg.scale() : 0);
            case "avg" -> arg.kind().isApproximate() || arg.kind().isString() ? SqlType.DOUBLE
                    : SqlType.decimal(Math.min(65, (int) (arg.kind() == TypeKind.DECIMAL ? arg.length() : 20) + 4),
                    Math.min(30, (arg.kind() == TypeKind.DECIMAL ? arg.scale() : 0) + 4));
            case "min", "max" -> arg;
            case "bit_and", "bit_or", "bit_xor" -> SqlType.integerExpression(21, true);
            case "std", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp" -> SqlType.DOUBLE;
            default -> SqlType.varchar(255);
        };
    }

    /** Groups the input rows; {@code hasGroupBy} false means one group over everything (even when empty). */
    static PlanNode node(PlanNode input, List<BoundExpression> keys, List<Spec> specs, int width, boolean hasGroupBy) {
        return node(input, keys, specs, width, hasGroupBy, false);
    }

    /**
     * With {@code rollup}, each group's rows are kept so that the super-aggregate rows of WITH ROLLUP can be
     * computed: after the last group of each key prefix comes a row aggregating the whole prefix, with the
     * grouping columns past the prefix NULL, and a grand total last.
     */
    static PlanNode node(PlanNode input, List<BoundExpression> keys, List<Spec> specs, int width, boolean hasGroupBy,
                         boolean rollup) {
        int n = specs.size();
        return (ctx, context) -> {
            Map<GroupKey, Group> groups = new LinkedHashMap<>();
            if (keys.isEmpty() && !rollup) {
                // One group over all rows (no GROUP BY): no key to build or look up per row.
                GroupKey none = new GroupKey(new Object[0], keys);
                Group single = null;
                try (RowIterator in = input.open(ctx, context)) {
                    Object[] row;
                    while ((row = in.next()) != null) {
                        if (single == null) single = new Group(row, specs, none);
                        single.add(row, specs, ctx);
                    }
                }
                if (single != null) groups.put(none, single);
            } else try (RowIterator in = input.open(ctx, context)) {
                Object[] row;
                while ((row = in.next()) != null) {
                    Object[] keyValues = new Object[keys.size()];
                    for (int i = 0; i < keyValues.length; i++) keyValues[i] = keys.get(i).eval(row, ctx);
                    GroupKey key = new GroupKey(keyValues, keys);
                    Group g = groups.get(key);
                    if (g == null) {
                        g = new Group(row, specs, key);
                        groups.put(key, g);
                    }
                    g.add(row, specs, ctx);
                    if (rollup) g.rows.add(row);
                }
            }
            if (groups.isEmpty() && !hasGroupBy) {
                GroupKey empty = new GroupKey(new Object[0], keys);
                groups.put(empty, new Group(new Object[width], specs, empty));
            }
            List<Group> ordered = new ArrayList<>(groups.values());
            if (hasGroupBy) ordered.sort((x, y) -> x.key.compareTo(y.key));
            List<Object[]> out = new ArrayList<>(groups.size());
            for (int gi = 0; gi < ordered.size(); gi++) {
                Group g = ordered.get(gi);
                Object[] r = Arrays.copyOf(g.first, width + n);
                for (int i = 0; i < n; i++) r[width + i] = g.accumulators[i].result(ctx.functions());
                out.add(r);
                if (rollup) {
                    Group next = gi + 1 < ordered.size() ? ordered.get(gi + 1) : null;
                    for (int level = keys.size() - 1; level >= 0; level--) {
                        if (next != null && g.key.samePrefix(next.key, level)) break;
                        out.add(superAggregate(ordered, gi, level, keys, specs, width, ctx));
                    }
                }
            }
            return Nodes.ofList(out);
        };
    }

    /** GROUP_CONCAT ... ORDER BY: collects rows with their sort keys, sorts, then feeds the inner accumulator. */
    private static final class OrderedAccumulator implements Accumulator {
        private final Accumulator inner;
        private final int argCount;
        private final boolean[] desc;
        private final Collation[] collations;
        private final List<Object[]> rows = new ArrayList<>();

        OrderedAccumulator(Accumulator inner, int argCount, BoundExpression[] keys, boolean[] desc) {
            this.inner = inner;
            this.argCount = argCount;
            this.desc = desc;
            this.collations = new Collation[keys.length];
            for (int i = 0; i < keys.length; i++) collations[i] = keys[i].type().collation();
        }

        @Override
        public void add(Object[] args, io.sprocket.engine.function.FunctionContext ctx) {
            rows.add(args);
        }

        @Override
        public Object result(io.sprocket.engine.function.FunctionContext ctx) {
            rows.sort((x, y) -> {
                for (int i = 0; i < desc.length; i++) {
                    int c = Sorting.compareNullsFirst(x[argCount + i], y[argCount + i], collations[i]);
                    if (c != 0) return desc[i] ? -c : c;
                }
                return 0;
            });
            for (Object[] r : rows) inner.add(Arrays.copyOf(r, argCount), ctx);
            return inner.result(ctx);
        }
    }

    /** The WITH ROLLUP row over the groups ending at {@code last} that share its first {@code level} keys. */
    private static Object[] superAggregate(List<Group> ordered, int last, int level, List<BoundExpression> keys,
                                           List<Spec> specs, int width, ExecContext ctx) {
        int from = last;
        while (from > 0 && ordered.get(from - 1).key.samePrefix(ordered.get(last).key, level)) from--;
        Group all = new Group(ordered.get(from).first, specs, ordered.get(from).key);
        for (int i = from; i <= last; i++) {
            for (Object[] row : ordered.get(i).rows) all.add(row, specs, ctx);
        }
        Object[] r = Arrays.copyOf(all.first, width + specs.size());
        for (int k = level; k < keys.size(); k++) {
            var column = keys.get(k).column();
            if (column != null && column.depth() == 0) r[column.slot()] = null;
        }
        for (int i = 0; i < specs.size(); i++) r[width + i] = all.accumulators[i].result(ctx.functions());
        return r;
    }

    private static final class Group {
        final List<Object[]> rows = new ArrayList<>();
        final Object[] first;
        final Accumulator[] accumulators;
        final GroupKey key;

        Group(Object[] first, List<Spec> specs, GroupKey key) {
            this.first = first;
            this.key = key;
            this.accumulators = new Accumulator[specs.size()];
            for (int i = 0; i < accumulators.length; i++) {
                Spec spec = specs.get(i);
                Accumulator a = spec.definition().newAccumulator(spec.call());
                if (spec.orderKeys() != null && spec.orderKeys().length > 0) {
                    a = new OrderedAccumulator(a, spec.arguments().length, spec.orderKeys(), spec.orderDescending());
                }
                accumulators[i] = a;
            }
        }

        void add(Object[] row, List<Spec> specs, ExecContext ctx) {
            for (int i = 0; i < accumulators.length; i++) {
                Spec s = specs.get(i);
                int extra = s.orderKeys() == null ? 0 : s.orderKeys().length;
                Object[] args = new Object[s.arguments().length + extra];
                for (int j = 0; j < s.arguments().length; j++) args[j] = s.arguments()[j].eval(row, ctx);
                for (int j = 0; j < extra; j++) args[s.arguments().length + j] = s.orderKeys()[j].eval(row, ctx);
                accumulators[i].add(args, ctx.functions());
            }
        }
    }

    /** A group's key: values compared with MySQL equality (collation-aware for strings, NULLs group together). */
    static final class GroupKey implements Comparable<GroupKey> {
        private final Object[] values;
        private final List<BoundExpression> keys;
        private final int hash;

        GroupKey(Object[] values, List<BoundExpression> keys) {
            this.values = values;
            this.keys = keys;
            int h = 1;
            for (int i = 0; i < values.length; i++) h = 31 * h + Sorting.hashValue(values[i], keys.get(i).type().collation());
            this.hash = h;
        }

        @Override
        public int hashCode() { return hash; }

        boolean samePrefix(GroupKey o, int length) {
            for (int i = 0; i < length; i++) {
                if (Sorting.compareNullsFirst(values[i], o.values[i], keys.get(i).type().collation()) != 0) return false;
            }
            return true;
        }

        /** MariaDB returns groups in key order (MySQL 8.0 promises no order); we follow the stable one. */
        @Override
        public int compareTo(GroupKey o) {
            for (int i = 0; i < values.length; i++) {
                int c = Sorting.compareNullsFirst(values[i], o.values[i], keys.get(i).type().collation());
                if (c != 0) return c;
            }
            return 0;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof GroupKey other) || other.values.length != values.length) return false;
            for (int i = 0; i < values.length; i++) {
                Object a = values[i], b = other.values[i];
                if (a == null || b == null) {
                    if (a != b) return false;
                    continue;
                }
                if (Sorting.compareValues(a, b, keys.get(i).type().collation()) != 0) return false;
            }
            return true;
        }
    }

    static boolean unused(Object v) { return Ops.isNumber(v); }
}
