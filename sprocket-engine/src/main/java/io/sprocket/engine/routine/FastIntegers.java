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
import java.util.ArrayList;
import java.util.List;

/**
 * The integer arithmetic and comparisons loops are made of ({@code i < n}, {@code i + 1}, {@code x - y},
 * {@code i % 3 = 0}) computed straight from the frame: operands that are signed-integer routine variables or
 * integer literals, no generic evaluator tree and its per-node dispatch. Whenever a value is not a Long (NULL,
 * say) or the long arithmetic overflows, the generic evaluator compiled for the same expression decides instead,
 * so results, warnings and errors (1690) stay exactly those of the generic path.
 */
final class FastIntegers {
    private FastIntegers() {
    }

    /**
     * A fused form of {@code op(l, r)}, {@code cmp(l, r)} or {@code cmp(op(l, r), constant)}; {@link #eval} gives
     * the value (a Long; 1/0 for comparisons) or null when the generic path must decide.
     */
    static class Shape {
        private final BinaryOperator arith;
        private final BinaryOperator cmp;
        private final int ls;
        private final int rs;
        private final long lc;
        private final long rc;
        private final long cmpConstant;

        /** For {@link Tree}, which computes everything itself. */
        Shape() {
            this(null, BinaryOperator.EQUAL, new Operand(-1, 0), new Operand(-1, 0), 0);
        }

        private Shape(BinaryOperator arith, BinaryOperator cmp, Operand l, Operand r, long cmpConstant) {
            this.arith = arith;
            this.cmp = cmp;
            this.ls = l.slot;
            this.rs = r.slot;
            this.lc = l.constant;
            this.rc = r.constant;
            this.cmpConstant = cmpConstant;
        }

        /** 1 or 0 for a comparison, -1 when the generic path must decide. */
        int test(Object[] f) {
            long x, y;
            if (ls >= 0) {
                if (!(f[ls] instanceof Long v)) return -1;
                x = v;
            } else {
                x = lc;
            }
            if (rs >= 0) {
                if (!(f[rs] instanceof Long v)) return -1;
                y = v;
            } else {
                y = rc;
            }
            if (arith != null) {
                if (!safe(arith, x, y)) return -1;
                x = apply(arith, x, y);
                y = cmpConstant;
            }
            return compare(cmp, x, y) ? 1 : 0;
        }

        Object eval(Object[] f) {
            if (cmp != null) {
                int t = test(f);
                return t < 0 ? null : t == 1 ? 1L : 0L;
            }
            long x, y;
            if (ls >= 0) {
                if (!(f[ls] instanceof Long v)) return null;
                x = v;
            } else {
                x = lc;
            }
            if (rs >= 0) {
                if (!(f[rs] instanceof Long v)) return null;
                y = v;
            } else {
                y = rc;
            }
            return safe(arith, x, y) ? (Object) apply(arith, x, y) : null;
        }

        boolean isComparison() { return cmp != null; }
    }

    /** The fused shape of {@code e}, or null when it has none. */
    static Shape shape(Expression e, LocalVariables locals) {
        if (!(e instanceof BinaryOperation b)) return null;
        Operand l = operand(b.left(), locals);
        Operand r = operand(b.right(), locals);
        if (b.operator().isComparison()) {
            if (l != null && r != null) return new Shape(null, b.operator(), l, r, 0);
            if (b.left() instanceof BinaryOperation inner && r != null && r.slot < 0 && arithmetic(inner.operator())) {
                Operand il = operand(inner.left(), locals);
                Operand ir = operand(inner.right(), locals);
                if (il != null && ir != null) return new Shape(inner.operator(), b.operator(), il, ir, r.constant);
            }
            return tree(e, locals);
        }
        if (l == null || r == null || !arithmetic(b.operator())) return tree(e, locals);
        return new Shape(b.operator(), null, l, r, 0);
    }

    /** The postfix form of a deeper expression, or null when it is not fusable. */
    private static Shape tree(Expression e, LocalVariables locals) {
        List<int[]> program = new ArrayList<>();
        if (e instanceof BinaryOperation b && b.operator().isComparison()) {
            int left = compile(b.left(), locals, program);
            if (left < 0) return null;
            int split = program.size();
            int right = compile(b.right(), locals, program);
            if (right < 0) return null;
            return new Tree(program, split, b.operator(), Math.max(left, right));
        }
        int depth = compile(e, locals, program);
        return depth < 0 ? null : new Tree(program, program.size(), null, depth);
    }

    /**
     * A deeper fused integer expression (the simple shapes above cover one operator): an arithmetic tree ({@code + - * %}) over signed-integer routine variables and
     * integer literals, or a comparison of two such trees, compiled to a postfix program over a small long stack.
     * {@link #eval} gives the value (a Long; 1/0 for comparisons) or null when the generic path must decide.
     * A shape belongs to one session's program, so its scratch stack is never used by two threads.
     */
    static final class Tree extends Shape {
        private static final int SLOT = -1;
        private static final int CONST = -2;
        /** Per instruction: SLOT, CONST, or the ordinal of an arithmetic operator. */
        private final int[] kinds;
        /** The slot or the constant of a SLOT/CONST instruction. */
        private final long[] args;
        /** Where the right tree of a comparison starts (kinds.length for an arithmetic shape). */
        private final int split;
        private final BinaryOperator cmp;
        private final long[] stack;
        private boolean failed;

        private Tree(List<int[]> program, int split, BinaryOperator cmp, int depth) {
            this.kinds = new int[program.size()];
            this.args = new long[program.size()];
            for (int i = 0; i < kinds.length; i++) {
                kinds[i] = program.get(i)[0];
                args[i] = ((long) program.get(i)[1] << 32) | (program.get(i)[2] & 0xffffffffL);
            }
            this.split = split;
            this.cmp = cmp;
            this.stack = new long[Math.max(depth, 1)];
        }

        /** 1 or 0 for a comparison, -1 when the generic path must decide. */
        @Override
        int test(Object[] f) {
            failed = false;
            long x = run(f, 0, split);
            long y = run(f, split, kinds.length);
            if (failed) return -1;
            return compare(cmp, x, y) ? 1 : 0;
        }

        @Override
        Object eval(Object[] f) {
            if (cmp != null) {
                int t = test(f);
                return t < 0 ? null : t == 1 ? 1L : 0L;
            }
            failed = false;
            long v = run(f, 0, kinds.length);
            return failed ? null : (Object) v;
        }

        private long run(Object[] f, int from, int to) {
            int sp = 0;
            for (int i = from; i < to && !failed; i++) {
                int k = kinds[i];
                if (k == SLOT) {
                    if (!(f[(int) args[i]] instanceof Long v)) {
                        failed = true;
                        return 0;
                    }
                    stack[sp++] = v;
                } else if (k == CONST) {
                    stack[sp++] = args[i];
                } else {
                    long y = stack[--sp];
                    long x = stack[--sp];
                    BinaryOperator op = OPERATORS[k];
                    if (!safe(op, x, y)) {
                        failed = true;
                        return 0;
                    }
                    stack[sp++] = apply(op, x, y);
                }
            }
            return failed ? 0 : stack[0];
        }

        @Override
        boolean isComparison() { return cmp != null; }
    }

    private static final BinaryOperator[] OPERATORS = BinaryOperator.values();

    /** Appends the postfix code of {@code e}; returns the stack depth it needs, or -1 when it is not fusable. */
    private static int compile(Expression e, LocalVariables locals, List<int[]> program) {
        if (e instanceof ColumnRef c && c.table() == null) {
            LocalVariables.Local l = locals.lookup(c.column());
            if (l == null || !signedInteger(l.type())) return -1;
            program.add(new int[]{Tree.SLOT, 0, l.slot()});
            return 1;
        }
        if (e instanceof IntegerLiteral i && i.value().bitLength() < 63) {
            long v = i.value().longValue();
            program.add(new int[]{Tree.CONST, (int) (v >>> 32), (int) v});
            return 1;
        }
        if (e instanceof BinaryOperation b && arithmetic(b.operator())) {
            int l = compile(b.left(), locals, program);
            if (l < 0) return -1;
            int r = compile(b.right(), locals, program);
            if (r < 0) return -1;
            program.add(new int[]{b.operator().ordinal(), 0, 0});
            return Math.max(l, r + 1);
        }
        return -1;
    }

    /** An evaluator that computes {@code e}'s fused shape and falls back to {@code generic}. */
    static Evaluator specialize(Expression e, LocalVariables locals, BoundExpression generic) {
        Shape s = shape(e, locals);
        Evaluator fallback = generic.evaluator();
        if (s == null) return fallback;
        return (row, ctx) -> {
            Object v = s.eval(ctx.frame());
            return v != null ? v : fallback.eval(row, ctx);
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

    /** False on overflow and for % 0 (the generic path then decides: error 1690, or NULL with its warning). */
    private static boolean safe(BinaryOperator op, long x, long y) {
        return switch (op) {
            case ADD -> ((x ^ (x + y)) & (y ^ (x + y))) >= 0;
            case SUBTRACT -> ((x ^ y) & (x ^ (x - y))) >= 0;
            case MULTIPLY -> Math.multiplyHigh(x, y) == (x * y) >> 63;
            case MODULO -> y != 0;
            default -> false;
        };
    }

    private static long apply(BinaryOperator op, long x, long y) {
        return switch (op) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case MODULO -> x % y;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static boolean compare(BinaryOperator op, long x, long y) {
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
}
