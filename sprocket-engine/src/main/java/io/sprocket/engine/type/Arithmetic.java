package io.sprocket.engine.type;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * MySQL's arithmetic on values. Operands are converted with {@link Values#toNumeric} (strings become DOUBLE);
 * then DOUBLE wins over DECIMAL, DECIMAL over integers. Integer results are BIGINT, unsigned when the caller says
 * so (the result type from {@link OperatorTypes}); overflow raises ER_DATA_OUT_OF_RANGE 1690 naming
 * {@code expression}, the operation as MySQL prints it, e.g. {@code (`a` + `b`)}. NULL in, NULL out.
 * Long arithmetic allocates nothing beyond the boxed result.
 */
public final class Arithmetic {
    private Arithmetic() {}

    /** MySQL's maximum DECIMAL precision and scale. */
    public static final int MAX_PRECISION = 65, MAX_SCALE = 30;

    public static Object add(Object a, Object b, boolean unsigned, String expression, Warnings w) {
        if (a == null || b == null) return null;
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0 && (!unsigned || r >= 0)) return r;
        }
        Object x = Values.toNumeric(a, w), y = Values.toNumeric(b, w);
        if (x instanceof Double || y instanceof Double) return checkDouble(toD(x) + toD(y), expression);
        if (x instanceof BigDecimal || y instanceof BigDecimal) return checkDecimal(dec(x).add(dec(y)), expression);
        return integerResult(big(x).add(big(y)), unsigned, expression);
    }

    public static Object subtract(Object a, Object b, boolean unsigned, String expression, Warnings w) {
        if (a == null || b == null) return null;
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0 && (!unsigned || r >= 0)) return r;
        }
        Object x = Values.toNumeric(a, w), y = Values.toNumeric(b, w);
        if (x instanceof Double || y instanceof Double) return checkDouble(toD(x) - toD(y), expression);
        if (x instanceof BigDecimal || y instanceof BigDecimal) return checkDecimal(dec(x).subtract(dec(y)), expression);
        return integerResult(big(x).subtract(big(y)), unsigned, expression);
    }

    public static Object multiply(Object a, Object b, boolean unsigned, String expression, Warnings w) {
        if (a == null || b == null) return null;
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y), r = x * y;
            if ((hi == 0 && r >= 0) || (hi == -1 && r < 0 && !unsigned)) return r;
        }
        Object x = Values.toNumeric(a, w), y = Values.toNumeric(b, w);
        if (x instanceof Double || y instanceof Double) return checkDouble(toD(x) * toD(y), expression);
        if (x instanceof BigDecimal || y instanceof BigDecimal) {
            BigDecimal p = dec(x).multiply(dec(y));
            if (p.scale() > MAX_SCALE) p = p.setScale(MAX_SCALE, RoundingMode.HALF_UP);
            return checkDecimal(p, expression);
        }
        return integerResult(big(x).multiply(big(y)), unsigned, expression);
    }

    /**
     * {@code a / b}: DOUBLE when either operand is DOUBLE (or a string), else DECIMAL with the dividend's scale
     * plus {@code divPrecisionIncrement} (default 4), rounded half up. Division by zero per {@code onZero}.
     */
    public static Object divide(Object a, Object b, int divPrecisionIncrement, DivisionByZero onZero, String expression,
                                Warnings w) {
        if (a == null || b == null) return null;
        Object x = Values.toNumeric(a, w), y = Values.toNumeric(b, w);
        if (x instanceof Double || y instanceof Double) {
            double d = toD(y);
            if (d == 0) return divisionByZero(onZero, w);
            return checkDouble(toD(x) / d, expression);
        }
        BigDecimal dx = dec(x), dy = dec(y);
        if (dy.signum() == 0) return divisionByZero(onZero, w);
        int scale = Math.min(Math.max(dx.scale(), 0) + divPrecisionIncrement, MAX_SCALE);
        return checkDecimal(dx.divide(dy, scale, RoundingMode.HALF_UP), expression);
    }

    /** {@code a DIV b}: integer division truncating toward zero; BIGINT result (unsigned as the caller says). */
    public static Object intDivide(Object a, Object b, boolean unsigned, DivisionByZero onZero, String expression,
                                   Warnings w) {
        if (a == null || b == null) return null;
        if (a instanceof Long x && b instanceof Long y && !unsigned) {
            if (y == 0) return divisionByZero(onZero, w);
            if (x == Long.MIN_VALUE && y == -1) throw outOfRange("BIGINT", expression);
            return x / y;
        }
        Object x = Values.toNumeric(a, w), y = Values.toNumeric(b, w);
        BigDecimal dx = x instanceof Double d ? Values.doubleToDecimal(d) : dec(x);
        BigDecimal dy = y instanceof Double d ? Values.doubleToDecimal(d) : dec(y);
        if (dy.signum() == 0) return divisionByZero(onZero, w);
        BigInteger q = dx.divide(dy, MathContext.DECIMAL128).setScale(0, RoundingMode.DOWN).toBigInteger();
        if (dx.scale() <= 0 && dy.scale() <= 0) q = dx.toBigInteger().divide(dy.toBigInteger());
        return integerResult(q, unsigned, expression);
    }

    /** {@code a % b} / {@code MOD(a, b)}: the sign of the dividend; DOUBLE, DECIMAL or BIGINT like the operands. */
    public static Object mod(Object a, Object b, DivisionByZero onZero, Warnings w) {
        if (a == null || b == null) return null;
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) return divisionByZero(onZero, w);
            return y == -1 ? 0L : x % y;
        }
        Object x = Values.toNumeric(a, w), y = Values.toNumeric(b, w);
        if (x instanceof Double || y instanceof Double) {
            double d = toD(y);
            if (d == 0) return divisionByZero(onZero, w);
            return toD(x) % d;
        }
        if (x instanceof BigDecimal || y instanceof BigDecimal) {
            BigDecimal dy = dec(y);
            if (dy.signum() == 0) return divisionByZero(onZero, w);
            BigDecimal dx = dec(x);
            BigDecimal r = dx.remainder(dy);
            int scale = Math.max(Math.max(dx.scale(), dy.scale()), 0);
            return r.setScale(scale, RoundingMode.UNNECESSARY);
        }
        BigInteger by = big(y);
        if (by.signum() == 0) return divisionByZero(onZero, w);
        return Values.normalize(big(x).remainder(by));
    }

    /** Unary minus; the result is signed (negating an unsigned value gives a signed one). */
    public static Object negate(Object a, String expression, Warnings w) {
        if (a == null) return null;
        if (a instanceof Long x) {
            if (x == Long.MIN_VALUE) throw outOfRange("BIGINT", expression);
            return -x;
        }
        Object x = Values.toNumeric(a, w);
        return switch (x) {
            case Double d -> -d;
            case BigDecimal d -> d.negate();
            case BigInteger b -> integerResult(b.negate(), false, expression);
            case Long l -> negate(l, expression, w);
            default -> throw new IllegalStateException();
        };
    }

    // ------------------------------------------------------------------ bit operators (unsigned 64-bit)

    public static Object bitAnd(Object a, Object b, Warnings w) {
        if (a == null || b == null) return null;
        return Values.unsignedToNumber(bits(a, w) & bits(b, w));
    }

    public static Object bitOr(Object a, Object b, Warnings w) {
        if (a == null || b == null) return null;
        return Values.unsignedToNumber(bits(a, w) | bits(b, w));
    }

    public static Object bitXor(Object a, Object b, Warnings w) {
        if (a == null || b == null) return null;
        return Values.unsignedToNumber(bits(a, w) ^ bits(b, w));
    }

    public static Object bitNot(Object a, Warnings w) {
        if (a == null) return null;
        return Values.unsignedToNumber(~bits(a, w));
    }

    public static Object shiftLeft(Object a, Object b, Warnings w) {
        if (a == null || b == null) return null;
        long n = bits(b, w);
        return Values.unsignedToNumber(n < 0 || n >= 64 ? 0 : bits(a, w) << n);
    }

    public static Object shiftRight(Object a, Object b, Warnings w) {
        if (a == null || b == null) return null;
        long n = bits(b, w);
        return Values.unsignedToNumber(n < 0 || n >= 64 ? 0 : bits(a, w) >>> n);
    }

    /** An operand of a bit operator as 64 bits: integers as is, DECIMAL/DOUBLE rounded, strings as integers. */
    static long bits(Object v, Warnings w) {
        return switch (v) {
            case Long l -> l;
            case BigInteger b -> b.longValue();
            case BitValue b -> b.bits();
            case BigDecimal d -> {
                BigDecimal r = d.setScale(0, RoundingMode.HALF_UP);
                if (r.compareTo(Values.DEC_UNSIGNED_MAX) > 0) yield -1L;
                yield r.signum() < 0 ? Values.decimalToLong(r) : r.toBigInteger().longValue();
            }
            case Double d -> {
                double r = Math.rint(d);
                if (r >= 1.8446744073709552E19) yield -1L;
                yield r < 0 ? Values.doubleToLong(r) : new BigDecimal(r).toBigInteger().longValue();
            }
            case String s -> Values.unsignedBits(Values.toUnsigned(s, w));
            default -> bits(Values.toNumeric(v, w), w);
        };
    }

    // ------------------------------------------------------------------ helpers

    private static Object divisionByZero(DivisionByZero onZero, Warnings w) {
        switch (onZero) {
            case NULL_SILENTLY -> { }
            case WARNING -> w.warn(ErrorCode.ER_DIVISION_BY_ZERO);
            case ERROR -> throw new SqlException(ErrorCode.ER_DIVISION_BY_ZERO);
        }
        return null;
    }

    private static Object integerResult(BigInteger r, boolean unsigned, String expression) {
        if (unsigned) {
            if (r.signum() < 0 || r.bitLength() > 64) throw outOfRange("BIGINT UNSIGNED", expression);
        } else if (r.bitLength() > 63) {
            throw outOfRange("BIGINT", expression);
        }
        return Values.normalize(r);
    }

    private static Object checkDouble(double d, String expression) {
        if (Double.isInfinite(d) || Double.isNaN(d)) throw outOfRange("DOUBLE", expression);
        return d;
    }

    private static BigDecimal checkDecimal(BigDecimal d, String expression) {
        if (d.precision() - d.scale() > MAX_PRECISION) throw outOfRange("DECIMAL", expression);
        return d;
    }

    public static SqlException outOfRange(String typeName, String expression) {
        return new SqlException(ErrorCode.ER_DATA_OUT_OF_RANGE, typeName, expression);
    }

    private static double toD(Object v) {
        return switch (v) {
            case Double d -> d;
            case Long l -> l;
            case BigDecimal d -> d.doubleValue();
            case BigInteger b -> b.doubleValue();
            default -> throw new IllegalStateException();
        };
    }

    private static BigDecimal dec(Object v) {
        return switch (v) {
            case BigDecimal d -> d;
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            case Double d -> Values.doubleToDecimal(d);
            default -> throw new IllegalStateException();
        };
    }

    private static BigInteger big(Object v) {
        return switch (v) {
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            default -> throw new IllegalStateException();
        };
    }
}
