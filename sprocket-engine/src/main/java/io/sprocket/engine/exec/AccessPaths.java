package io.sprocket.engine.exec;

import io.sprocket.engine.catalog.IndexDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.Evaluator;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.expr.Scope;
import io.sprocket.engine.row.KeyBound;
import io.sprocket.engine.row.LockMode;
import io.sprocket.engine.row.RowCursor;
import io.sprocket.engine.row.TableStore;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.Between;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * Access path selection for one base table: a primary-key or secondary-index lookup/range when the conditions
 * pin a prefix of the key to values known before the table is read, otherwise a full scan. The conditions are
 * still applied afterwards by the WHERE/ON filters, so a path only has to return a superset of the rows.
 */
final class AccessPaths {
    private AccessPaths() {}

    /** Splits AND-ed conditions. */
    static void conjuncts(Expression e, List<Expression> out) {
        if (e instanceof BinaryOperation b && b.operator() == BinaryOperator.AND) {
            conjuncts(b.left(), out);
            conjuncts(b.right(), out);
        } else {
            out.add(e);
        }
    }

    /** One usable condition on a key column: equality, or a lower/upper bound. */
    private record KeyCondition(int column, BinaryOperator op, Expression value) { }

    static PlanNode choose(TableDef def, Scope.Source source, int sourceIndex, List<Expression> conditions,
                           SelectCompiler.Block block, LockMode lock) {
        List<KeyCondition> usable = new ArrayList<>();
        for (Expression c : conditions) collect(c, source, sourceIndex, block, usable);
        IndexDef best = null;
        int bestEq = -1;
        boolean bestRange = false;
        for (IndexDef index : def.indexes()) {
            int eq = 0;
            for (IndexDef.Part part : index.parts()) {
                if (part.prefixLength() > 0 || !find(usable, part.column(), BinaryOperator.EQUAL)) break;
                eq++;
            }
            boolean range = eq < index.parts().size() && index.parts().get(eq).prefixLength() == 0
                    && hasRange(usable, index.parts().get(eq).column());
            boolean unique = index.isUnique() && eq == index.parts().size();
            int score = eq * 4 + (range ? 2 : 0) + (unique ? 8 : 0) + (index.isPrimary() ? 1 : 0);
            int bestScore = bestEq < 0 ? 0 : bestEq * 4 + (bestRange ? 2 : 0)
                    + (best != null && best.isUnique() && bestEq == best.parts().size() ? 8 : 0) + (best != null && best.isPrimary() ? 1 : 0);
            if ((eq > 0 || range) && score > bestScore) {
                best = index;
                bestEq = eq;
                bestRange = range;
            }
        }
        int offset = source.offset();
        int width = source.width();
        if (best == null) {
            return (ctx, context) -> scan(ctx, context, def, null, null, null, lock, offset, width, block);
        }
        IndexDef index = best;
        List<BoundExpression> eqValues = new ArrayList<>();
        for (int i = 0; i < bestEq; i++) {
            int col = index.parts().get(i).column();
            eqValues.add(compileValue(first(usable, col, BinaryOperator.EQUAL), block));
        }
        BoundExpression low = null, high = null;
        boolean lowInclusive = true, highInclusive = true;
        if (bestRange) {
            int col = index.parts().get(bestEq).column();
            for (KeyCondition k : usable) {
                if (k.column() != col) continue;
                switch (k.op()) {
                    case GREATER_THAN, GREATER_THAN_OR_EQUAL -> {
                        if (low == null) {
                            low = compileValue(k.value(), block);
                            lowInclusive = k.op() == BinaryOperator.GREATER_THAN_OR_EQUAL;
                        }
                    }
                    case LESS_THAN, LESS_THAN_OR_EQUAL -> {
                        if (high == null) {
                            high = compileValue(k.value(), block);
                            highInclusive = k.op() == BinaryOperator.LESS_THAN_OR_EQUAL;
                        }
                    }
                    default -> { }
                }
            }
            if (index.parts().get(bestEq).descending()) {
                BoundExpression t = low; low = high; high = t;
                boolean ti = lowInclusive; lowInclusive = highInclusive; highInclusive = ti;
            }
        }
        BoundExpression[] eq = eqValues.toArray(new BoundExpression[0]);
        BoundExpression lo = low, hi = high;
        boolean loInc = lowInclusive, hiInc = highInclusive;
        SqlType[] eqTypes = new SqlType[eq.length];
        for (int i = 0; i < eq.length; i++) eqTypes[i] = def.columns().get(index.parts().get(i).column()).type();
        SqlType rangeType = bestRange ? def.columns().get(index.parts().get(bestEq).column()).type() : null;
        return (ctx, context) -> {
            Object[] prefix = new Object[eq.length];
            for (int i = 0; i < eq.length; i++) {
                Object v = KeyValues.convert(eq[i].eval(context, ctx), eqTypes[i], ctx);
                if (v == KeyValues.NO_MATCH) return RowIterator.EMPTY;
                if (v == KeyValues.UNUSABLE) return scan(ctx, context, def, null, null, null, lock, offset, width, block);
                prefix[i] = v;
            }
            KeyBound lowBound, highBound;
            if (lo == null && hi == null) {
                lowBound = prefix.length == 0 ? null : new KeyBound(prefix, true);
                highBound = prefix.length == 0 ? null : new KeyBound(prefix, true);
            } else {
                lowBound = bound(prefix, lo, loInc, rangeType, context, ctx);
                highBound = bound(prefix, hi, hiInc, rangeType, context, ctx);
                if (lowBound == NO_BOUND || highBound == NO_BOUND) return RowIterator.EMPTY;
            }
            return scan(ctx, context, def, index, lowBound, highBound, lock, offset, width, block);
        };
    }

    private static final KeyBound NO_BOUND = new KeyBound(new Object[0], true);

    private static KeyBound bound(Object[] prefix, BoundExpression e, boolean inclusive, SqlType type, Object[] context,
                                  ExecContext ctx) {
        if (e == null) return prefix.length == 0 ? null : new KeyBound(prefix, true);
        Object v = e.eval(context, ctx);
        if (v == null) return NO_BOUND;
        Object k = KeyValues.convertForRange(v, type, ctx);
        if (k == KeyValues.UNUSABLE) return prefix.length == 0 ? null : new KeyBound(prefix, true);
        Object[] values = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        values[prefix.length] = k;
        return new KeyBound(values, inclusive);
    }

    private static RowIterator scan(ExecContext ctx, Object[] context, TableDef def, IndexDef index, KeyBound low,
                                    KeyBound high, LockMode lock, int offset, int width, SelectCompiler.Block block) {
        TableStore store = ctx.data().store(def);
        RowCursor cursor = index == null ? store.scan(ctx.data().reader(), false, lock)
                : store.scanIndex(ctx.data().reader(), index, low, high, false, lock);
        int blockWidth = block.scope().width();
        return new RowIterator() {
            @Override
            public Object[] next() {
                if (!cursor.next()) return null;
                var stored = cursor.row();
                Object[] values = stored.values();
                Object[] row = context != null ? context.clone() : new Object[blockWidth];
                System.arraycopy(values, 0, row, offset, width - 1);
                row[offset + width - 1] = stored.locator();
                return row;
            }

            @Override
            public void close() { cursor.close(); }
        };
    }

    private static boolean find(List<KeyCondition> list, int column, BinaryOperator op) {
        return first(list, column, op) != null;
    }

    private static Expression first(List<KeyCondition> list, int column, BinaryOperator op) {
        for (KeyCondition k : list) if (k.column() == column && k.op() == op) return k.value();
        return null;
    }

    private static boolean hasRange(List<KeyCondition> list, int column) {
        for (KeyCondition k : list) {
            if (k.column() == column && k.op() != BinaryOperator.EQUAL) return true;
        }
        return false;
    }

    private static BoundExpression compileValue(Expression e, SelectCompiler.Block block) {
        return block.compiler().compile(e, block.scope(), "where clause");
    }

    /** Adds the key conditions {@code c} gives on {@code source} whose other side is known before it is read. */
    private static void collect(Expression c, Scope.Source source, int sourceIndex, SelectCompiler.Block block,
                                List<KeyCondition> out) {
        if (c instanceof Between b && !b.negated()) {
            int col = columnOf(b.value(), source, sourceIndex, block);
            if (col >= 0 && independent(b.low(), sourceIndex, block) && independent(b.high(), sourceIndex, block)) {
                out.add(new KeyCondition(col, BinaryOperator.GREATER_THAN_OR_EQUAL, b.low()));
                out.add(new KeyCondition(col, BinaryOperator.LESS_THAN_OR_EQUAL, b.high()));
            }
            return;
        }
        if (!(c instanceof BinaryOperation b)) return;
        BinaryOperator op = b.operator();
        if (op != BinaryOperator.EQUAL && op != BinaryOperator.LESS_THAN && op != BinaryOperator.LESS_THAN_OR_EQUAL
                && op != BinaryOperator.GREATER_THAN && op != BinaryOperator.GREATER_THAN_OR_EQUAL) return;
        int col = columnOf(b.left(), source, sourceIndex, block);
        if (col >= 0 && independent(b.right(), sourceIndex, block)) {
            out.add(new KeyCondition(col, op, b.right()));
            return;
        }
        col = columnOf(b.right(), source, sourceIndex, block);
        if (col >= 0 && independent(b.left(), sourceIndex, block)) {
            out.add(new KeyCondition(col, flip(op), b.left()));
        }
    }

    private static BinaryOperator flip(BinaryOperator op) {
        return switch (op) {
            case LESS_THAN -> BinaryOperator.GREATER_THAN;
            case LESS_THAN_OR_EQUAL -> BinaryOperator.GREATER_THAN_OR_EQUAL;
            case GREATER_THAN -> BinaryOperator.LESS_THAN;
            case GREATER_THAN_OR_EQUAL -> BinaryOperator.LESS_THAN_OR_EQUAL;
            default -> op;
        };
    }

    /** The column position if {@code e} is a column of {@code source}, else -1. */
    private static int columnOf(Expression e, Scope.Source source, int sourceIndex, SelectCompiler.Block block) {
        if (!(e instanceof ColumnRef c)) return -1;
        try {
            Scope.Resolved r = block.scope().resolveHere(c.schema(), c.table(), c.column(), "where clause");
            if (r == null || r.sourceIndex() != sourceIndex) return -1;
            return r.columnIndex();
        } catch (RuntimeException ambiguous) {
            return -1;
        }
    }

    /** True when {@code e} reads only sources before {@code sourceIndex} (or outer blocks, or nothing). */
    private static boolean independent(Expression e, int sourceIndex, SelectCompiler.Block block) {
        if (AstWalk.any(e, x -> x instanceof io.sprocket.sql.ast.ScalarSubquery || x instanceof io.sprocket.sql.ast.AggregateCall
                || x instanceof io.sprocket.sql.ast.AssignUserVariable || x instanceof io.sprocket.sql.ast.FunctionCall f
                && (f.name().equalsIgnoreCase("rand") || f.schema() != null))) return false;
        List<Expression> refs = new ArrayList<>();
        AstWalk.collect(e, x -> x instanceof ColumnRef, refs);
        for (Expression r : refs) {
            ColumnRef c = (ColumnRef) r;
            try {
                Scope.Resolved res = block.scope().resolveHere(c.schema(), c.table(), c.column(), "where clause");
                if (res != null && res.sourceIndex() >= sourceIndex) return false;
                if (res == null) {
                    // Not in this block yet (a later source) unless it resolves outside.
                    if (block.scope().parent() == null) return false;
                    try {
                        block.scope().parent().resolve(c.schema(), c.table(), c.column(), "where clause");
                    } catch (RuntimeException unknown) {
                        return false;
                    }
                }
            } catch (RuntimeException ambiguous) {
                return false;
            }
        }
        return true;
    }

    static Evaluator unusedEvaluator() { return null; }

    static boolean isString(SqlType t) { return t.kind().isString() && t.kind() != TypeKind.ENUM; }
}
