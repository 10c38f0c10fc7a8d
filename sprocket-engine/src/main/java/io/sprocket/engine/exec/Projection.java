package io.sprocket.engine.exec;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.type.Collation;
import io.sprocket.sql.ast.Limit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** SELECT list evaluation, DISTINCT, ORDER BY and LIMIT/OFFSET at the end of a query block. */
final class Projection {
    private Projection() {}

    /** ORDER BY position or alias: the select expression itself (evaluated again on the same row). */
    static BoundExpression selectedRef(int index, BoundExpression selected) {
        return selected;
    }

    static QueryPlan plan(List<OutputColumn> columns, PlanNode source, List<BoundExpression> selected,
                          List<BoundExpression> sortKeys, List<Boolean> descending, boolean distinct, Limit limit,
                          SelectCompiler.Block block, boolean correlated, boolean calcFoundRows) {
        int n = selected.size();
        int k = sortKeys.size();
        BoundExpression[] sel = selected.toArray(new BoundExpression[0]);
        BoundExpression[] keys = sortKeys.toArray(new BoundExpression[0]);
        // ORDER BY an ENUM or SET sorts by its index or bitmask, not its text.
        for (int i = 0; i < keys.length; i++) keys[i] = byEnumIndex(keys[i]);
        boolean[] desc = new boolean[k];
        Collation[] keyCollations = new Collation[k];
        for (int i = 0; i < k; i++) {
            desc[i] = descending.get(i);
            keyCollations[i] = keys[i].type().collation();
        }
        Collation[] selCollations = new Collation[n];
        for (int i = 0; i < n; i++) selCollations[i] = sel[i].type().collation();
        BoundExpression countExpr = limit == null ? null : compileLimit(limit.count(), block);
        BoundExpression offsetExpr = limit == null || limit.offset() == null ? null : compileLimit(limit.offset(), block);
        return new QueryPlan(columns, ctx -> {
            long count = countExpr == null ? Long.MAX_VALUE : limitValue(countExpr, ctx);
            long offset = offsetExpr == null ? 0 : limitValue(offsetExpr, ctx);
            RowIterator in = source.open(ctx, null);
            if (k == 0 && !distinct && !calcFoundRows) {
                return streaming(in, sel, ctx, count, offset);
            }
            List<Object[]> rows = new ArrayList<>();
            Set<DistinctKey> seen = distinct ? new HashSet<>() : null;
            try (in) {
                Object[] row;
                while ((row = in.next()) != null) {
                    Object[] out = new Object[n + k];
                    for (int i = 0; i < n; i++) out[i] = sel[i].eval(row, ctx);
                    if (seen != null && !seen.add(new DistinctKey(out, n, selCollations))) continue;
                    for (int i = 0; i < k; i++) out[n + i] = keys[i].eval(row, ctx);
                    rows.add(out);
                    if (k == 0 && !calcFoundRows && rows.size() >= offset + count) break;
                }
            }
            if (k > 0) {
                rows.sort((a, b) -> {
                    for (int i = 0; i < k; i++) {
                        int c = Sorting.compareNullsFirst(a[n + i], b[n + i], keyCollations[i]);
                        if (c != 0) return desc[i] ? -c : c;
                    }
                    return 0;
                });
            }
            if (calcFoundRows) ctx.setCalculatedFoundRows(rows.size());
            int from = (int) Math.min(rows.size(), offset);
            int to = (int) Math.min(rows.size(), from + Math.min(count, Integer.MAX_VALUE));
            List<Object[]> window = rows.subList(from, to);
            if (k > 0) {
                List<Object[]> trimmed = new ArrayList<>(window.size());
                for (Object[] r : window) trimmed.add(Arrays.copyOf(r, n));
                window = trimmed;
            }
            return Nodes.ofList(window);
        }, correlated);
    }

    private static BoundExpression byEnumIndex(BoundExpression e) {
        var kind = e.type().kind();
        if (kind != io.sprocket.engine.type.TypeKind.ENUM && kind != io.sprocket.engine.type.TypeKind.SET) return e;
        var type = e.type();
        var ev = e.evaluator();
        return new BoundExpression((row, ctx) -> {
            Object v = ev.eval(row, ctx);
            return v instanceof String s ? io.sprocket.engine.type.EnumSets.numericValue(type, s) : v;
        }, io.sprocket.engine.type.SqlType.BIGINT, e.nullable(), e.constant(), null);
    }

    private static RowIterator streaming(RowIterator in, BoundExpression[] sel, ExecContext ctx, long count, long offset) {
        return new RowIterator() {
            long skipped;
            long produced;

            @Override
            public Object[] next() {
                if (produced >= count) return null;
                Object[] row;
                while ((row = in.next()) != null) {
                    if (skipped < offset) {
                        skipped++;
                        continue;
                    }
                    Object[] out = new Object[sel.length];
                    for (int i = 0; i < sel.length; i++) out[i] = sel[i].eval(row, ctx);
                    produced++;
                    return out;
                }
                return null;
            }

            @Override
            public void close() { in.close(); }
        };
    }

    private static BoundExpression compileLimit(io.sprocket.sql.ast.Expression e, SelectCompiler.Block block) {
        return block.compiler().compile(e, block.scope(), "limit clause");
    }

    private static long limitValue(BoundExpression e, ExecContext ctx) {
        Object v = e.eval(null, ctx);
        if (v == null) throw new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, "LIMIT");
        long l = Ops.toLong(v, ctx.warnings());
        return l < 0 ? Long.MAX_VALUE : l;
    }

    /** DISTINCT identity of an output row (collation-aware for strings). */
    static final class DistinctKey {
        private final Object[] values;
        private final int n;
        private final Collation[] collations;
        private final int hash;

        DistinctKey(Object[] values, int n, Collation[] collations) {
            this.values = values;
            this.n = n;
            this.collations = collations;
            int h = 1;
            for (int i = 0; i < n; i++) h = 31 * h + Sorting.hashValue(values[i], collations[i]);
            this.hash = h;
        }

        @Override
        public int hashCode() { return hash; }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof DistinctKey d)) return false;
            for (int i = 0; i < n; i++) {
                if (Sorting.compareNullsFirst(values[i], d.values[i], collations[i]) != 0) return false;
            }
            return true;
        }
    }
}
