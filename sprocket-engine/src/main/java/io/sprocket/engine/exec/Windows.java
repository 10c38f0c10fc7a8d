package io.sprocket.engine.exec;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.function.Accumulator;
import io.sprocket.engine.function.AggregateDefinition;
import io.sprocket.engine.function.WindowDefinition;
import io.sprocket.engine.function.WindowEvaluator;
import io.sprocket.engine.function.WindowPartition;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.AggregateCall;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.FrameBound;
import io.sprocket.sql.ast.FrameBoundKind;
import io.sprocket.sql.ast.FrameUnit;
import io.sprocket.sql.ast.NamedWindow;
import io.sprocket.sql.ast.NamedWindowReference;
import io.sprocket.sql.ast.OrderItem;
import io.sprocket.sql.ast.SortOrder;
import io.sprocket.sql.ast.WindowFrame;
import io.sprocket.sql.ast.WindowFunctionCall;
import io.sprocket.sql.ast.WindowReference;
import io.sprocket.sql.ast.WindowSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Window functions: rows are materialised after GROUP BY/HAVING, sorted per window by partition and order
 * keys, and each window call's value is written into its slot after the row's other slots.
 */
final class Windows {
    private Windows() {}

    /** One window call site, compiled against the block's (post-aggregation) row. */
    record Call(WindowDefinition window, AggregateDefinition aggregate, AggregateDefinition.AggregateCall aggregateCall,
                BoundExpression[] arguments, BoundExpression[] partition, BoundExpression[] order, boolean[] descending,
                WindowFrame frame, BoundExpression frameStartOffset, BoundExpression frameEndOffset, SqlType type) { }

    static Call compile(Expression e, SelectCompiler.Block block, List<NamedWindow> named) {
        WindowReference over;
        String name;
        List<Expression> args;
        boolean star = false, distinct = false;
        if (e instanceof WindowFunctionCall w) {
            over = w.over();
            name = w.name().toLowerCase(Locale.ROOT);
            args = w.arguments();
        } else {
            AggregateCall a = (AggregateCall) e;
            over = a.over();
            name = a.name().toLowerCase(Locale.ROOT);
            args = a.arguments();
            star = a.star();
            distinct = a.distinct();
        }
        WindowSpecification spec = resolve(over, named);
        BoundExpression[] arguments = block.compiler().compileAll(args, block.scope(), "field list");
        BoundExpression[] partition = block.compiler().compileAll(spec.partitionBy(), block.scope(), "window partition by");
        BoundExpression[] order = new BoundExpression[spec.orderBy().size()];
        boolean[] desc = new boolean[order.length];
        for (int i = 0; i < order.length; i++) {
            OrderItem o = spec.orderBy().get(i);
            order[i] = block.compiler().compile(o.expression(), block.scope(), "window order by");
            desc[i] = o.order() == SortOrder.DESC;
        }
        WindowFrame frame = spec.frame();
        BoundExpression startOffset = frame != null && frame.start() != null && frame.start().offset() != null
                ? block.compiler().compile(frame.start().offset(), block.scope(), "window frame") : null;
        BoundExpression endOffset = frame != null && frame.end() != null && frame.end().offset() != null
                ? block.compiler().compile(frame.end().offset(), block.scope(), "window frame") : null;
        var registry = block.functions();
        var window = registry.window(name);
        if (window.isPresent()) {
            WindowDefinition def = window.get();
            if (args.size() < def.minArgs() || args.size() > def.maxArgs()) {
                throw new SqlException(ErrorCode.ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT, name);
            }
            List<SqlType> types = Arrays.stream(arguments).map(BoundExpression::type).toList();
            SqlType type = def.resultType().infer(types, null);
            return new Call(def, null, null, arguments, partition, order, desc, frame, startOffset, endOffset, type);
        }
        AggregateDefinition agg = registry.aggregate(name)
                .orElseThrow(() -> new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, name + " as a window function"));
        if (!star) agg.checkArgumentCount(arguments.length);
        Collation c = arguments.length > 0 && arguments[0].type().collation() != null ? arguments[0].type().collation()
                : io.sprocket.engine.type.CollationRegistry.defaultCollation();
        var call = new AggregateDefinition.AggregateCall(star, distinct, ",", null).withCollation(c);
        return new Call(null, agg, call, arguments, partition, order, desc, frame, startOffset, endOffset,
                Aggregation.resultType(name, arguments));
    }

    private static WindowSpecification resolve(WindowReference over, List<NamedWindow> named) {
        if (over instanceof WindowSpecification spec) {
            if (spec.baseWindow() == null) return spec;
            WindowSpecification base = find(spec.baseWindow(), named);
            return new WindowSpecification(null, base.partitionBy().isEmpty() ? spec.partitionBy() : base.partitionBy(),
                    spec.orderBy().isEmpty() ? base.orderBy() : spec.orderBy(), spec.frame() != null ? spec.frame() : base.frame());
        }
        return find(((NamedWindowReference) over).name(), named);
    }

    private static WindowSpecification find(String name, List<NamedWindow> named) {
        for (NamedWindow w : named) {
            if (w.name().equals(name)) return resolve(w.specification(), named);
        }
        throw new SqlException(ErrorCode.ER_WINDOW_NO_SUCH_WINDOW, name);
    }

    /** Materialises the input, computes every window call into slot base[0] + i, returns the widened rows. */
    static PlanNode node(PlanNode input, List<Call> calls, int[] base) {
        return (ctx, context) -> {
            List<Object[]> rows = new ArrayList<>();
            int width = base[0] + calls.size();
            try (RowIterator in = input.open(ctx, context)) {
                Object[] r;
                while ((r = in.next()) != null) rows.add(Arrays.copyOf(r, width));
            }
            for (int i = 0; i < calls.size(); i++) compute(calls.get(i), rows, base[0] + i, ctx);
            return Nodes.ofList(rows);
        };
    }

    private static void compute(Call call, List<Object[]> rows, int slot, ExecContext ctx) {
        int p = call.partition().length, o = call.order().length;
        // Decorate rows with their partition and order keys, sort (stable, so ties keep input order).
        List<Object[][]> sorted = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Object[] keys = new Object[p + o];
            for (int i = 0; i < p; i++) keys[i] = call.partition()[i].eval(r, ctx);
            for (int i = 0; i < o; i++) keys[p + i] = call.order()[i].eval(r, ctx);
            sorted.add(new Object[][] {r, keys});
        }
        Collation[] collations = new Collation[p + o];
        for (int i = 0; i < p; i++) collations[i] = call.partition()[i].type().collation();
        for (int i = 0; i < o; i++) collations[p + i] = call.order()[i].type().collation();
        sorted.sort((a, b) -> {
            for (int i = 0; i < p + o; i++) {
                int c = Sorting.compareNullsFirst(a[1][i], b[1][i], collations[i]);
                if (c != 0) return i >= p && call.descending()[i - p] ? -c : c;
            }
            return 0;
        });
        int start = 0;
        while (start < sorted.size()) {
            int end = start + 1;
            while (end < sorted.size() && samePartition(sorted.get(start)[1], sorted.get(end)[1], p, collations)) end++;
            partition(call, sorted.subList(start, end), slot, ctx, collations, p);
            start = end;
        }
    }

    private static boolean samePartition(Object[] a, Object[] b, int p, Collation[] collations) {
        for (int i = 0; i < p; i++) {
            if (Sorting.compareNullsFirst(a[i], b[i], collations[i]) != 0) return false;
        }
        return true;
    }

    private static void partition(Call call, List<Object[][]> part, int slot, ExecContext ctx, Collation[] collations, int p) {
        int n = part.size();
        int argCount = call.arguments().length;
        Object[][] args = new Object[n][argCount];
        for (int r = 0; r < n; r++) {
            for (int a = 0; a < argCount; a++) args[r][a] = call.arguments()[a].eval(part.get(r)[0], ctx);
        }
        int o = call.order().length;
        PartitionView view = new PartitionView(call, part, args, collations, p, o, ctx);
        if (call.window() != null) {
            WindowEvaluator evaluator = call.window().newEvaluator();
            for (int r = 0; r < n; r++) part.get(r)[0][slot] = evaluator.evaluate(view, r, ctx.functions());
            return;
        }
        // Aggregate over the frame; frames that start at the partition start grow incrementally.
        boolean growing = call.frame() == null || call.frame().start().kind() == FrameBoundKind.UNBOUNDED_PRECEDING;
        Accumulator acc = null;
        int fed = 0;
        for (int r = 0; r < n; r++) {
            int from = view.frameStart(r), to = view.frameEnd(r);
            if (!growing || acc == null || from != 0 || to < fed) {
                acc = call.aggregate().newAccumulator(call.aggregateCall());
                fed = from;
            }
            for (int i = fed; i < to; i++) acc.add(call.aggregateCall().star() ? new Object[0] : args[i], ctx.functions());
            fed = Math.max(fed, to);
            part.get(r)[0][slot] = acc.result(ctx.functions());
            if (!growing) acc = null;
        }
    }

    /** The partition as the function library sees it. */
    private static final class PartitionView implements WindowPartition {
        private final Call call;
        private final List<Object[][]> rows;
        private final Object[][] args;
        private final Collation[] collations;
        private final int p;
        private final int o;
        private final ExecContext ctx;

        PartitionView(Call call, List<Object[][]> rows, Object[][] args, Collation[] collations, int p, int o, ExecContext ctx) {
            this.call = call;
            this.rows = rows;
            this.args = args;
            this.collations = collations;
            this.p = p;
            this.o = o;
            this.ctx = ctx;
        }

        @Override public int size() { return rows.size(); }

        @Override public int argumentCount() { return args.length == 0 ? call.arguments().length : args[0].length; }

        @Override public Object argument(int row, int index) { return args[row][index]; }

        @Override
        public boolean peers(int row, int other) {
            if (o == 0) return true;
            Object[] a = rows.get(row)[1], b = rows.get(other)[1];
            for (int i = p; i < p + o; i++) {
                if (Sorting.compareNullsFirst(a[i], b[i], collations[i]) != 0) return false;
            }
            return true;
        }

        @Override
        public int frameStart(int row) {
            WindowFrame f = call.frame();
            if (f == null) return 0;
            return bound(f.unit(), f.start(), call.frameStartOffset(), row, true);
        }

        @Override
        public int frameEnd(int row) {
            WindowFrame f = call.frame();
            if (f == null) {
                if (o == 0) return rows.size();
                int end = row + 1;
                while (end < rows.size() && peers(row, end)) end++;
                return end;
            }
            FrameBound end = f.end() != null ? f.end() : new FrameBound(FrameBoundKind.CURRENT_ROW, null, null);
            return bound(f.unit(), end, call.frameEndOffset(), row, false);
        }

        /** Start (inclusive) or end (exclusive) index of the frame bound for {@code row}. */
        private int bound(FrameUnit unit, FrameBound b, BoundExpression offsetExpr, int row, boolean start) {
            int n = rows.size();
            switch (b.kind()) {
                case UNBOUNDED_PRECEDING:
                    return 0;
                case UNBOUNDED_FOLLOWING:
                    return n;
                case CURRENT_ROW:
                    if (unit == FrameUnit.ROWS) return start ? row : row + 1;
                    if (start) {
                        int s = row;
                        while (s > 0 && peers(row, s - 1)) s--;
                        return s;
                    }
                    int e = row + 1;
                    while (e < n && peers(row, e)) e++;
                    return e;
                default:
                    break;
            }
            Object offset = offsetExpr.eval(rows.get(row)[0], ctx);
            if (unit == FrameUnit.ROWS) {
                long k = Ops.toLong(offset, ctx.warnings());
                long target = b.kind() == FrameBoundKind.PRECEDING ? row - k : row + k;
                long index = start ? target : target + 1;
                return (int) Math.max(0, Math.min(n, index));
            }
            // RANGE with a numeric offset over the single ORDER BY key.
            double key = Ops.toDouble(rows.get(row)[1][p], ctx.warnings());
            double k = Ops.toDouble(offset, ctx.warnings());
            boolean desc = call.descending().length > 0 && call.descending()[0];
            double limit = (b.kind() == FrameBoundKind.PRECEDING) != desc ? key - k : key + k;
            if (start) {
                int i = 0;
                while (i < n && outside(rows.get(i)[1][p], limit, desc, true)) i++;
                return i;
            }
            int i = n;
            while (i > 0 && outside(rows.get(i - 1)[1][p], limit, desc, false)) i--;
            return i;
        }

        private boolean outside(Object value, double limit, boolean desc, boolean before) {
            if (value == null) return before;
            double v = Ops.toDouble(value, ctx.warnings());
            return before ? (desc ? v > limit : v < limit) : (desc ? v < limit : v > limit);
        }
    }
}
