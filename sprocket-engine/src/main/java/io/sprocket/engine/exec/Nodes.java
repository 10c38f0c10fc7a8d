package io.sprocket.engine.exec;

import io.sprocket.engine.expr.Evaluator;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.expr.RowIterator;
import java.util.List;

/** The small generic nodes: one empty row (no FROM), filters, nested-loop joins, materialized rows. */
final class Nodes {
    private Nodes() {}

    /** FROM-less SELECT and FROM DUAL: exactly one row. */
    static PlanNode single(int width) {
        return (ctx, context) -> new RowIterator() {
            boolean done;

            @Override
            public Object[] next() {
                if (done) return null;
                done = true;
                return context != null ? context.clone() : new Object[width];
            }
        };
    }

    static PlanNode filter(PlanNode input, Evaluator predicate) {
        return (ctx, context) -> {
            RowIterator in = input.open(ctx, context);
            return new RowIterator() {
                @Override
                public Object[] next() {
                    Object[] row;
                    while ((row = in.next()) != null) {
                        Boolean t = Ops.truth(predicate.eval(row, ctx), ctx.warnings());
                        if (t != null && t) return row;
                    }
                    return null;
                }

                @Override
                public void close() { in.close(); }
            };
        };
    }

    /**
     * Nested loop join: for each row of {@code outer}, the rows of {@code inner} opened with it as context.
     * {@code outerJoin}: when no inner row matches, emit the outer row with the inner slots NULL.
     */
    static PlanNode nestedLoop(PlanNode outer, PlanNode inner, Evaluator condition, boolean outerJoin,
                               int innerOffset, int innerWidth) {
        return (ctx, context) -> {
            RowIterator out = outer.open(ctx, context);
            return new RowIterator() {
                Object[] current;
                RowIterator in;
                boolean matched;

                @Override
                public Object[] next() {
                    while (true) {
                        if (in == null) {
                            current = out.next();
                            if (current == null) return null;
                            in = inner.open(ctx, current);
                            matched = false;
                        }
                        Object[] row;
                        while ((row = in.next()) != null) {
                            if (condition != null) {
                                Boolean t = Ops.truth(condition.eval(row, ctx), ctx.warnings());
                                if (t == null || !t) continue;
                            }
                            matched = true;
                            return row;
                        }
                        in.close();
                        in = null;
                        if (outerJoin && !matched) {
                            Object[] padded = current.clone();
                            java.util.Arrays.fill(padded, innerOffset, innerOffset + innerWidth, null);
                            return padded;
                        }
                    }
                }

                @Override
                public void close() {
                    if (in != null) in.close();
                    out.close();
                }
            };
        };
    }

    /** Rows computed once per open (derived tables, CTEs): copied into the block row at {@code offset}. */
    static PlanNode materialized(RowSupplier rows, int offset, int width, int blockWidth) {
        return (ctx, context) -> {
            List<Object[]> data = rows.rows(ctx, context);
            return new RowIterator() {
                int i;

                @Override
                public Object[] next() {
                    if (i >= data.size()) return null;
                    Object[] src = data.get(i++);
                    Object[] row = context != null ? context.clone() : new Object[blockWidth];
                    System.arraycopy(src, 0, row, offset, width);
                    return row;
                }
            };
        };
    }

    interface RowSupplier {
        List<Object[]> rows(ExecContext ctx, Object[] context);
    }

    static RowIterator ofList(List<Object[]> rows) {
        return new RowIterator() {
            int i;

            @Override
            public Object[] next() { return i < rows.size() ? rows.get(i++) : null; }
        };
    }
}
