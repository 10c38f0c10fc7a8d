package io.sprocket.engine.expr;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.BitValue;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.BinaryOperator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * MySQL arithmetic: the result type of + - * / DIV % and the bit operators from their operand types, and
 * evaluation by runtime value with a fast path for two longs. Overflow raises ER_DATA_OUT_OF_RANGE (1690)
 * naming the expression as MySQL prints it.
 */
final class Arithmetic {
    private Arithmetic() {}

    private static final BigInteger UNSIGNED_LIMIT = BigInteger.ONE.shiftLeft(64);

    enum Mode { INTEGER, DECIMAL, DOUBLE }

    static BoundExpression compile(BinaryOperator op, BoundExpression l, BoundExpression r, String text, int divIncrement) {
        l = numericEnum(l);
        r = numericEnum(r);
        SqlType lt = l.type(), rt = r.type();
        Mode mode = mode(lt, rt);
        boolean unsigned = isUnsigned(lt) || isUnsigned(rt);
        SqlType type;
        switch (op) {
            case BIT_AND, BIT_OR, BIT_XOR, SHIFT_LEFT, SHIFT_RIGHT -> type = SqlType.integerExpression(20, true);
            case INTEGER_DIVIDE -> type = SqlType.integerExpression(21, unsigned);
            case DIVIDE -> type = mode == Mode.DOUBLE ? SqlType.DOUBLE
                    : SqlType.decimal((int) Math.min(65, precision(lt) + scale(rt) + divIncrement),
                    Math.min(30, scale(lt) + divIncrement));
            default -> type = switch (mode) {
                case INTEGER -> SqlType.integerExpression(op == BinaryOperator.MULTIPLY
                        ? (int) Math.min(255, digits(lt) + digits(rt)) : (int) Math.max(digits(lt), digits(rt)) + 1, unsigned);
                case DECIMAL -> op == BinaryOperator.MULTIPLY
                        ? SqlType.decimal((int) Math.min(65, precision(lt) + precision(rt)), Math.min(30, scale(lt) + scale(rt)))
                        : SqlType.decimal((int) Math.min(65, Math.max(precision(lt) - scale(lt), precision(rt) - scale(rt))
                        + Math.max(scale(lt), scale(rt)) + 1), Math.max(scale(lt), scale(rt)));
                case DOUBLE -> SqlType.DOUBLE;
            };
        }
        Evaluator a = l.evaluator(), b = r.evaluator();
        boolean unsignedResult = type.unsigned() && op != BinaryOperator.INTEGER_DIVIDE || unsigned && op == BinaryOperator.INTEGER_DIVIDE;
        int resultScale = type.kind() == TypeKind.DECIMAL ? type.scale() : 0;
        int scaleIncrement = divIncrement;
        Evaluator ev = switch (op) {
            case ADD -> (row, ctx) -> {
                Object x = a.eval(row, ctx);
                if (x == null) return null;
                Object y = b.eval(row, ctx);
                if (y == null) return null;
                if (x instanceof Long p && y instanceof Long q) {
                    long s = p + q;
                    if (((p ^ s) & (q ^ s)) < 0 || unsignedResult && s < 0) return bigResult(BigInteger.valueOf(p).add(BigInteger.valueOf(q)), unsignedResult, text);
                    return s;
                }
                return add(x, y, false, unsignedResult, text, ctx);
            };
            case SUBTRACT -> (row, ctx) -> {
                Object x = a.eval(row, ctx);
                if (x == null) return null;
                Object y = b.eval(row, ctx);
                if (y == null) return null;
                if (x instanceof Long p && y instanceof Long q) {
                    long s = p - q;
                    if (((p ^ q) & (p ^ s)) < 0 || unsignedResult && s < 0) return bigResult(BigInteger.valueOf(p).subtract(BigInteger.valueOf(q)), unsignedResult, text);
                    return s;
                }
                return add(x, y, true, unsignedResult, text, ctx);
            };
            case MULTIPLY -> (row, ctx) -> {
                Object x = a.eval(row, ctx);
                if (x == null) return null;
                Object y = b.eval(row, ctx);
                if (y == null) return null;
                if (x instanceof Long p && y instanceof Long q) {
                    long hi = Math.multiplyHigh(p, q);
                    long lo = p * q;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        if (unsignedResult && lo < 0) return overflow(unsignedResult, text);
                        return lo;
                    }
                    return bigResult(BigInteger.valueOf(p).multiply(BigInteger.valueOf(q)), unsignedResult, text);
                }
                return multiply(x, y, unsignedResult, text, ctx);
            };
            case DIVIDE -> (row, ctx) -> {
                Object x = a.eval(row, ctx);
                if (x == null) return null;
                Object y = b.eval(row, ctx);
                if (y == null) return null;
                return divide(x, y, resultScale, scaleIncrement, ctx);
            };
            case INTEGER_DIVIDE -> (row, ctx) -> {
                Object x = a.eval(row, ctx);
                if (x == null) return null;
                Object y = b.eval(row, ctx);
                if (y == null) return null;
                return integerDivide(x, y, unsignedResult, text, ctx);
            };
            case MODULO -> (row, ctx) -> {
                Object x = a.eval(row, ctx);
                if (x == null) return null;
                Object y = b.eval(row, ctx);
                if (y == null) return null;
                return modulo(x, y, ctx);
            };
            case BIT_AND, BIT_OR, BIT_XOR, SHIFT_LEFT, SHIFT_RIGHT -> (row, ctx) -> {
                Object x = a.eval(row, ctx);
                if (x == null) return null;
                Object y = b.eval(row, ctx);
                if (y == null) return null;
                long p = toUnsignedBits(x, ctx), q = toUnsignedBits(y, ctx);
                long v = switch (op) {
                    case BIT_AND -> p & q;
                    case BIT_OR -> p | q;
                    case BIT_XOR -> p ^ q;
                    case SHIFT_LEFT -> Long.compareUnsigned(q, 64) >= 0 ? 0 : p << q;
                    default -> Long.compareUnsigned(q, 64) >= 0 ? 0 : p >>> q;
                };
                return unsigned(v);
            };
            default -> throw new IllegalArgumentException(op.toString());
        };
        return new BoundExpression(ev, type, true, l.constant() && r.constant(), null);
    }

    /** ENUM and SET are numbers in arithmetic: the 1-based index or the bitmask. */
    static BoundExpression numericEnum(BoundExpression e) {
        SqlType t = e.type();
        if (t.kind() != TypeKind.ENUM && t.kind() != TypeKind.SET) return e;
        Evaluator ev = e.evaluator();
        return new BoundExpression((row, ctx) -> {
            Object v = ev.eval(row, ctx);
            return v instanceof String s ? io.sprocket.engine.type.EnumSets.numericValue(t, s) : v;
        }, SqlType.integerExpression(20, true), e.nullable(), e.constant(), null);
    }

    static Mode mode(SqlType l, SqlType r) {
        Mode a = mode(l), b = mode(r);
        if (a == Mode.DOUBLE || b == Mode.DOUBLE) return Mode.DOUBLE;
        if (a == Mode.DECIMAL || b == Mode.DECIMAL) return Mode.DECIMAL;
        return Mode.INTEGER;
    }

    private static Mode mode(SqlType t) {
        TypeKind k = t.kind();
        if (k.isInteger() || k == TypeKind.YEAR || k == TypeKind.BIT || k == TypeKind.NULL) return Mode.INTEGER;
        if (k == TypeKind.DECIMAL) return Mode.DECIMAL;
        if (k.isTemporal()) return t.fsp() > 0 ? Mode.DECIMAL : Mode.INTEGER;
        return Mode.DOUBLE;
    }

    private static boolean isUnsigned(SqlType t) {
        return (t.kind().isInteger() || t.kind() == TypeKind.DECIMAL) && t.unsigned() || t.kind() == TypeKind.BIT;
    }

    private static long digits(SqlType t) {
        return t.kind().isInteger() && t.length() > 0 ? t.length() : 20;
    }

    private static long precision(SqlType t) {
        if (t.kind() == TypeKind.DECIMAL) return t.length();
        if (t.kind().isInteger()) return t.length() > 0 ? t.length() : 20;
        return 20;
    }

    private static int scale(SqlType t) {
        if (t.kind() == TypeKind.DECIMAL) return t.scale();
        if (t.kind().isTemporal()) return t.fsp();
        return 0;
    }

    private static Object bigResult(BigInteger v, boolean unsigned, String text) {
        if (unsigned) {
            if (v.signum() < 0 || v.compareTo(UNSIGNED_LIMIT) >= 0) return overflow(true, text);
            return v.bitLength() < 64 ? (Object) v.longValue() : v;
        }
        if (v.bitLength() >= 64) return overflow(false, text);
        return v.longValue();
    }

    private static Object overflow(boolean unsigned, String text) {
        throw new SqlException(ErrorCode.ER_DATA_OUT_OF_RANGE, unsigned ? "BIGINT UNSIGNED" : "BIGINT", text);
    }

    private static Object numeric(Object v, ExecContext ctx) {
        if (v instanceof Long || v instanceof BigDecimal || v instanceof Double || v instanceof BigInteger) return v;
        if (v instanceof BitValue b) return b.bits() >= 0 ? (Object) b.bits() : new BigInteger(Long.toUnsignedString(b.bits()));
        if (Ops.isTemporal(v)) {
            Object n = Ops.numberOfTemporal(v);
            return n;
        }
        return Ops.toDouble(v, ctx.warnings());
    }

    private static Object add(Object x, Object y, boolean subtract, boolean unsigned, String text, ExecContext ctx) {
        x = numeric(x, ctx);
        y = numeric(y, ctx);
        if (x instanceof Double || y instanceof Double) {
            double r = subtract ? Ops.toDouble(x, ctx.warnings()) - Ops.toDouble(y, ctx.warnings())
                    : Ops.toDouble(x, ctx.warnings()) + Ops.toDouble(y, ctx.warnings());
            if (Double.isInfinite(r)) throw new SqlException(ErrorCode.ER_DATA_OUT_OF_RANGE, "DOUBLE", text);
            return r;
        }
        if (x instanceof BigDecimal || y instanceof BigDecimal) {
            BigDecimal a = Ops.toDecimal(x, ctx.warnings()), b = Ops.toDecimal(y, ctx.warnings());
            return subtract ? a.subtract(b) : a.add(b);
        }
        BigInteger a = Ops.toBigInteger(x, ctx.warnings()), b = Ops.toBigInteger(y, ctx.warnings());
        return bigResult(subtract ? a.subtract(b) : a.add(b), unsigned, text);
    }

    private static Object multiply(Object x, Object y, boolean unsigned, String text, ExecContext ctx) {
        x = numeric(x, ctx);
        y = numeric(y, ctx);
        if (x instanceof Double || y instanceof Double) {
            double r = Ops.toDouble(x, ctx.warnings()) * Ops.toDouble(y, ctx.warnings());
            if (Double.isInfinite(r)) throw new SqlException(ErrorCode.ER_DATA_OUT_OF_RANGE, "DOUBLE", text);
            return r;
        }
        if (x instanceof BigDecimal || y instanceof BigDecimal) {
            BigDecimal r = Ops.toDecimal(x, ctx.warnings()).multiply(Ops.toDecimal(y, ctx.warnings()));
            if (r.scale() > 30) r = r.setScale(30, RoundingMode.HALF_UP);
            return r;
        }
        return bigResult(Ops.toBigInteger(x, ctx.warnings()).multiply(Ops.toBigInteger(y, ctx.warnings())), unsigned, text);
    }

    /** NULL; a warning under ERROR_FOR_DIVISION_BY_ZERO, an error when that mode meets a strict write. */
    private static Object divisionByZero(ExecContext ctx) {
        if (!ctx.functions().sqlMode(io.sprocket.engine.function.SqlModeFlag.ERROR_FOR_DIVISION_BY_ZERO)) return null;
        if (ctx.strictWrite()) throw new SqlException(ErrorCode.ER_DIVISION_BY_ZERO);
        ctx.warnings().warn(ErrorCode.ER_DIVISION_BY_ZERO);
        return null;
    }

    private static Object divide(Object x, Object y, int resultScale, int increment, ExecContext ctx) {
        x = numeric(x, ctx);
        y = numeric(y, ctx);
        if (x instanceof Double || y instanceof Double) {
            double d = Ops.toDouble(y, ctx.warnings());
            if (d == 0) return divisionByZero(ctx);
            return Ops.toDouble(x, ctx.warnings()) / d;
        }
        BigDecimal b = Ops.toDecimal(y, ctx.warnings());
        if (b.signum() == 0) return divisionByZero(ctx);
        BigDecimal a = Ops.toDecimal(x, ctx.warnings());
        int scale = Math.min(30, Math.max(a.scale(), 0) + increment);
        return a.divide(b, scale, RoundingMode.HALF_UP);
    }

    private static Object integerDivide(Object x, Object y, boolean unsigned, String text, ExecContext ctx) {
        x = numeric(x, ctx);
        y = numeric(y, ctx);
        if (x instanceof Long p && y instanceof Long q) {
            if (q == 0) return divisionByZero(ctx);
            if (p == Long.MIN_VALUE && q == -1) return overflow(false, text);
            return p / q;
        }
        BigDecimal b = Ops.toDecimal(y, ctx.warnings());
        if (b.signum() == 0) return divisionByZero(ctx);
        BigDecimal a = Ops.toDecimal(x, ctx.warnings());
        BigInteger r = a.divide(b, 0, RoundingMode.DOWN).toBigInteger();
        return bigResult(r, unsigned && r.signum() >= 0, text);
    }

    private static Object modulo(Object x, Object y, ExecContext ctx) {
        x = numeric(x, ctx);
        y = numeric(y, ctx);
        if (x instanceof Long p && y instanceof Long q) {
            if (q == 0) return divisionByZero(ctx);
            if (q == -1) return 0L;
            return p % q;
        }
        if (x instanceof Double || y instanceof Double) {
            double d = Ops.toDouble(y, ctx.warnings());
            if (d == 0) return divisionByZero(ctx);
            return Ops.toDouble(x, ctx.warnings()) % d;
        }
        BigDecimal b = Ops.toDecimal(y, ctx.warnings());
        if (b.signum() == 0) return divisionByZero(ctx);
        BigDecimal r = Ops.toDecimal(x, ctx.warnings()).remainder(b);
        if (x instanceof BigInteger || y instanceof BigInteger) return r.toBigInteger().bitLength() < 64 ? (Object) r.longValue() : r.toBigInteger();
        return r;
    }

    static Object negate(Object v, String text, ExecContext ctx) {
        if (v instanceof Long l) {
            if (l == Long.MIN_VALUE) return overflow(false, text);
            return -l;
        }
        if (v instanceof BigDecimal d) return d.negate();
        if (v instanceof Double d) return -d;
        if (v instanceof BigInteger b) {
            BigInteger n = b.negate();
            if (n.bitLength() >= 64) return overflow(false, text);
            return n.longValue();
        }
        Object n = numeric(v, ctx);
        return n == v ? -Ops.toDouble(v, ctx.warnings()) : negate(n, text, ctx);
    }

    static long toUnsignedBits(Object v, ExecContext ctx) {
        if (v instanceof Long l) return l;
        if (v instanceof BigInteger b) return b.longValue();
        if (v instanceof BitValue b) return b.bits();
        if (v instanceof Double d) {
            if (d >= 1.8446744073709552E19) return -1L;
            if (d <= -9.223372036854775808E18) return Long.MIN_VALUE;
            return d >= 9.223372036854775807E18 ? new BigDecimal(Math.rint(d)).toBigInteger().longValue() : Math.round(d);
        }
        if (v instanceof BigDecimal d) {
            BigInteger b = d.setScale(0, RoundingMode.HALF_UP).toBigInteger();
            if (b.signum() < 0 && b.bitLength() >= 64) return Long.MIN_VALUE;
            if (b.bitLength() > 64) return -1L;
            return b.longValue();
        }
        return toUnsignedBits(numeric(v, ctx), ctx);
    }

    static Object unsigned(long bits) {
        return bits >= 0 ? (Object) bits : new BigInteger(Long.toUnsignedString(bits));
    }
}
