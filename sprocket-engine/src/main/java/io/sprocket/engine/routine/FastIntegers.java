package io.sprocket.engine.routine;

import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.Evaluator;
import io.sprocket.engine.expr.LocalVariables;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.IntegerLiteral;

/**
 * Fused evaluators for the integer arithmetic and comparisons loops are made of ({@code i < n}, {@code i + 1},
 * {@code x - y}, {@code i % 3 = 0}): operands that are signed-integer routine variables or integer literals are
 * read straight from the frame, without the generic evaluator tree and its per-node dispatch. Whenever a value is
 * not a Long (NULL, say) or the long arithmetic overflows, the generic evaluator compiled for the same expression
 * runs instead, so results, warnings and errors (1690) stay exactly those of the generic path.
 */
final class FastIntegers {
    private FastIntegers() {
    }

    /** A fused evaluator for {@code e}, or the generic one when {@code e} is not of a fused shape. */
    static Evaluator specialize(Expression e, LocalVariables locals, BoundExpression generic) {
        if (!(e instanceof BinaryOperation b)) return generic.evaluator();
        Evaluator fallback = generic.evaluator();
        Operand l = operand(b.left(), locals);
        if (b.operator().isComparison()) {
            Operand r = operand(b.right(), locals);
            if (r != null && l != null) return compare(b.operator(), l, r, fallback);
            // (local % const) = const and the like: the left side fused too
            if (b.left() instanceof BinaryOperation inner && r != null && r.slot < 0) {
                Operand il = operand(inner.left(), locals);
                Operand ir = operand(inner.right(), locals);
                if (il != null && ir != null && arithmetic(inner.operator())) {
                    return compareArithmetic(b.operator(), inner.operator(), il, ir, r.constant, fallback);
                }
            }
            return fallback;
        }
        Operand r = operand(b.right(), locals);
        if (l == null || r == null || !arithmetic(b.operator())) return fallback;
        BinaryOperator op = b.operator();
        int ls = l.slot, rs = r.slot;
        long lc = l.constant, rc = r.constant;
        return (row, ctx) -> {
            Object[] f = ctx.frame();
            long x, y;
            if (ls >= 0) {
                if (!(f[ls] instanceof Long v)) return fallback.eval(row, ctx);
                x = v;
            } else {
                x = lc;
            }
            if (rs >= 0) {
                if (!(f[rs] instanceof Long v)) return fallback.eval(row, ctx);
                y = v;
            } else {
                y = rc;
            }
            try {
                return apply(op, x, y);
            } catch (ArithmeticException overflowOrZero) {
                return fallback.eval(row, ctx);
            }
        };
    }

    /** A routine variable of a signed integer type (slot >= 0), or a non-negative integer literal (slot -1). */
    private record Operand(int slot, long constant) {
    }

    private static Operand operand(Expression e, LocalVariables locals) {
        if (e instanceof ColumnRef c && c.table() == null) {
            LocalVariables.Local l = locals.lookup(c.column());
            if (l != null && signedInteger(l.type())) return new Operand(l.slot(), 0);
            return null;
        }
        if (e instanceof IntegerLiteral i && i.value().bitLength() < 63) {
            return new Operand(-1, i.value().longValue());
        }
        return null;
    }

    private static boolean signedInteger(SqlType t) {
        return t.kind().isInteger() && !t.unsigned();
    }

    private static boolean arithmetic(BinaryOperator op) {
        return op == BinaryOperator.ADD || op == BinaryOperator.SUBTRACT || op == BinaryOperator.MULTIPLY
                || op == BinaryOperator.MODULO;
    }

    /** Signed BIGINT arithmetic; ArithmeticException on overflow and for % 0 (the generic path then decides). */
    private static long apply(BinaryOperator op, long x, long y) {
        return switch (op) {
            case ADD -> Math.addExact(x, y);
            case SUBTRACT -> Math.subtractExact(x, y);
            case MULTIPLY -> Math.multiplyExact(x, y);
            case MODULO -> {
                if (y == 0) throw new ArithmeticException("% 0");
                yield x % y;
            }
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static boolean test(BinaryOperator op, long x, long y) {
        return switch (op) {
            case EQUAL, NULL_SAFE_EQUAL -> x == y;
            case NOT_EQUAL -> x != y;
            case LESS_THAN -> x < y;
            case LESS_THAN_OR_EQUAL -> x <= y;
            case GREATER_THAN -> x > y;
            case GREATER_THAN_OR_EQUAL -> x >= y;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static Evaluator compare(BinaryOperator op, Operand l, Operand r, Evaluator fallback) {
        int ls = l.slot, rs = r.slot;
        long lc = l.constant, rc = r.constant;
        return (row, ctx) -> {
            Object[] f = ctx.frame();
            long x, y;
            if (ls >= 0) {
                if (!(f[ls] instanceof Long v)) return fallback.eval(row, ctx);
                x = v;
            } else {
                x = lc;
            }
            if (rs >= 0) {
                if (!(f[rs] instanceof Long v)) return fallback.eval(row, ctx);
                y = v;
            } else {
                y = rc;
            }
            return test(op, x, y) ? 1L : 0L;
        };
    }

    private static Evaluator compareArithmetic(BinaryOperator cmp, BinaryOperator arith, Operand l, Operand r,
                                               long constant, Evaluator fallback) {
        int ls = l.slot, rs = r.slot;
        long lc = l.constant, rc = r.constant;
        return (row, ctx) -> {
            Object[] f = ctx.frame();
            long x, y;
            if (ls >= 0) {
                if (!(f[ls] instanceof Long v)) return fallback.eval(row, ctx);
                x = v;
            } else {
                x = lc;
            }
            if (rs >= 0) {
                if (!(f[rs] instanceof Long v)) return fallback.eval(row, ctx);
                y = v;
            } else {
                y = rc;
            }
            long value;
            try {
                value = apply(arith, x, y);
            } catch (ArithmeticException overflowOrZero) {
                return fallback.eval(row, ctx);
            }
            return test(cmp, value, constant) ? 1L : 0L;
        };
    }
}
