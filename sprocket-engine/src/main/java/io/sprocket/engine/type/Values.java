package io.sprocket.engine.type;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.FloatText;
import io.sprocket.engine.result.WireTemporal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Conversions between the engine's value types (see the package documentation) with MySQL's rules and warnings:
 * numeric context ({@code CAST(x AS SIGNED)}, {@code x + 0}), string context, truth values and the wire form.
 */
public final class Values {
    private Values() {}

    public static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    public static final BigInteger UNSIGNED_MAX = TWO_64.subtract(BigInteger.ONE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigDecimal DEC_LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    static final BigDecimal DEC_LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    static final BigDecimal DEC_UNSIGNED_MAX = new BigDecimal(UNSIGNED_MAX);

    /** An unsigned 64-bit pattern as a value: Long when it fits, else BigInteger. */
    public static Object unsignedToNumber(long bits) {
        if (bits >= 0) return bits;
        return BigInteger.valueOf(bits).add(TWO_64);
    }

    /** The unsigned 64-bit pattern of a Long or BigInteger in [0, 2^64) (callers range-check first). */
    public static long unsignedBits(Object v) {
        return v instanceof BigInteger b ? b.longValue() : (Long) v;
    }

    // ------------------------------------------------------------------ numeric context

    /** CAST(v AS SIGNED): integers as is, DECIMAL rounded half away from zero, DOUBLE to nearest (ties even). */
    public static Long toLong(Object v, Warnings w) {
        return v == null ? null : toLongValue(v, w);
    }

    /** {@link #toLong} for a non-null value, without boxing on the hot path of Long arguments. */
    public static long toLongValue(Object v, Warnings w) {
        return switch (v) {
            case Long l -> l;
            case BigInteger b -> b.longValue(); // unsigned above 2^63 wraps, as CAST(u AS SIGNED) does
            case BigDecimal d -> decimalToLong(d);
            case Double d -> doubleToLong(d);
            case String s -> stringToLong(s, w);
            case byte[] b -> stringToLong(new String(b, StandardCharsets.ISO_8859_1), w);
            case SqlDate d -> d.toNumber();
            case SqlDateTime dt -> dt.micros() == 0 ? (Long) dt.toNumber(0) : decimalToLong((BigDecimal) dt.toNumber(6));
            case SqlTime t -> t.micros() == 0 ? (Long) t.toNumber(0) : decimalToLong((BigDecimal) t.toNumber(6));
            case BitValue b -> b.bits();
            case JsonValue j -> j.toLongValue(w);
            default -> throw new IllegalArgumentException("not a SQL value: " + v.getClass());
        };
    }

    /** DECIMAL to integer: round half away from zero, clipped to the BIGINT range. */
    public static long decimalToLong(BigDecimal d) {
        BigDecimal r = d.setScale(0, RoundingMode.HALF_UP);
        if (r.compareTo(DEC_LONG_MAX) > 0) return Long.MAX_VALUE;
        if (r.compareTo(DEC_LONG_MIN) < 0) return Long.MIN_VALUE;
        return r.longValue();
    }

    /** DOUBLE to integer: round to nearest, ties to even (rint), clipped to the BIGINT range. */
    public static long doubleToLong(double d) {
        if (Double.isNaN(d)) return 0;
        double r = Math.rint(d);
        if (r >= 9.223372036854775807E18) return Long.MAX_VALUE;
        if (r <= -9.223372036854775808E18) return Long.MIN_VALUE;
        return (long) r;
    }

    /** The integer prefix of a string; 1292 "Truncated incorrect INTEGER value" when anything else follows. */
    public static long stringToLong(String s, Warnings w) {
        int n = s.length(), i = 0;
        while (i < n && isSpace(s.charAt(i))) i++;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) neg = s.charAt(i++) == '-';
        int digitsStart = i;
        long v = 0;
        boolean overflow = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') break;
            int d = c - '0';
            if (!overflow) {
                // accumulate negatively so Long.MIN_VALUE fits
                if (v < (Long.MIN_VALUE + d) / 10) overflow = true;
                else v = v * 10 - d;
            }
        }
        boolean clean = i > digitsStart;
        int j = i;
        while (j < n && isSpace(s.charAt(j))) j++;
        if (!clean || j < n || overflow) {
            w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "INTEGER", s);
        }
        if (overflow) return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (neg) return v;
        return v == Long.MIN_VALUE ? Long.MAX_VALUE : -v;
    }

    /** CAST(v AS UNSIGNED): a Long or, above Long.MAX_VALUE, a BigInteger; negative integers wrap with a Note. */
    public static Object toUnsigned(Object v, Warnings w) {
        return switch (v) {
            case null -> null;
            case BigInteger b -> b;
            case Long l -> {
                if (l < 0) w.add(new Condition(Condition.Level.NOTE, 1105, "HY000",
                        "Cast to unsigned converted negative integer to it's positive complement"));
                yield unsignedToNumber(l);
            }
            case BigDecimal d -> {
                BigDecimal r = d.setScale(0, RoundingMode.HALF_UP);
                if (r.signum() < 0) yield toUnsigned(decimalToLong(d), w);
                yield r.compareTo(DEC_UNSIGNED_MAX) > 0 ? UNSIGNED_MAX : normalize(r.toBigInteger());
            }
            case Double d -> {
                double r = Math.rint(d);
                if (r < 0) yield toUnsigned(doubleToLong(r), w);
                if (r >= 1.8446744073709552E19) yield UNSIGNED_MAX;
                yield normalize(new BigDecimal(r).toBigInteger());
            }
            case String s -> stringToUnsigned(s, w);
            case byte[] b -> stringToUnsigned(new String(b, StandardCharsets.ISO_8859_1), w);
            case BitValue b -> b.toNumber();
            default -> toUnsigned(toLongValue(v, w), w);
        };
    }

    private static Object stringToUnsigned(String s, Warnings w) {
        NumberParser.Scan sc = NumberParser.scan(s, false, false);
        if (sc.empty() || !sc.restIsSpace()) w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "INTEGER", s);
        if (sc.empty()) return 0L;
        BigInteger b = NumberParser.toDecimal(s, sc).toBigInteger();
        if (b.signum() < 0) {
            return b.compareTo(LONG_MIN) < 0 ? (Object) Long.MIN_VALUE : unsignedToNumber(b.longValue());
        }
        if (b.compareTo(UNSIGNED_MAX) > 0) {
            w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "INTEGER", s);
            return UNSIGNED_MAX;
        }
        return normalize(b);
    }

    /** A BigInteger in the Long range becomes a Long (the representation rule for integers). */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static Double toDouble(Object v, Warnings w) {
        return v == null ? null : toDoubleValue(v, w);
    }

    /** Numeric context as DOUBLE; strings give their numeric prefix with 1292 "Truncated incorrect DOUBLE value". */
    public static double toDoubleValue(Object v, Warnings w) {
        return switch (v) {
            case Double d -> d;
            case Long l -> l;
            case BigDecimal d -> d.doubleValue();
            case BigInteger b -> b.doubleValue();
            case String s -> stringToDouble(s, w);
            case byte[] b -> stringToDouble(new String(b, StandardCharsets.ISO_8859_1), w);
            case SqlDate d -> d.toNumber();
            case SqlDateTime dt -> dt.micros() == 0 ? ((Long) dt.toNumber(0)).doubleValue() : ((BigDecimal) dt.toNumber(6)).doubleValue();
            case SqlTime t -> t.micros() == 0 ? ((Long) t.toNumber(0)).doubleValue() : ((BigDecimal) t.toNumber(6)).doubleValue();
            case BitValue b -> b.bits() >= 0 ? b.bits() : ((BigInteger) b.toNumber()).doubleValue();
            case JsonValue j -> j.toDoubleValue(w);
            default -> throw new IllegalArgumentException("not a SQL value: " + v.getClass());
        };
    }

    public static double stringToDouble(String s, Warnings w) {
        NumberParser.Scan sc = NumberParser.scan(s, true, true);
        if (sc.empty() || !sc.restIsSpace()) w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DOUBLE", s);
        double d = NumberParser.toDouble(s, sc);
        if (Double.isInfinite(d)) return d > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
        return d;
    }

    /** Numeric context as DECIMAL; strings give their numeric prefix with 1292 "Truncated incorrect DECIMAL value". */
    public static BigDecimal toDecimal(Object v, Warnings w) {
        return switch (v) {
            case null -> null;
            case BigDecimal d -> d;
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            case Double d -> doubleToDecimal(d);
            case String s -> stringToDecimal(s, w);
            case byte[] b -> stringToDecimal(new String(b, StandardCharsets.ISO_8859_1), w);
            case SqlDate d -> BigDecimal.valueOf(d.toNumber());
            case SqlDateTime dt -> dt.micros() == 0 ? BigDecimal.valueOf((Long) dt.toNumber(0)) : (BigDecimal) dt.toNumber(6);
            case SqlTime t -> t.micros() == 0 ? BigDecimal.valueOf((Long) t.toNumber(0)) : (BigDecimal) t.toNumber(6);
            case BitValue b -> b.bits() >= 0 ? BigDecimal.valueOf(b.bits()) : new BigDecimal((BigInteger) b.toNumber());
            case JsonValue j -> doubleToDecimal(j.toDoubleValue(w));
            default -> throw new IllegalArgumentException("not a SQL value: " + v.getClass());
        };
    }

    /** A double as the decimal of its shortest text (what MySQL's double-to-decimal conversion yields). */
    public static BigDecimal doubleToDecimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return BigDecimal.ZERO;
        BigDecimal b = new BigDecimal(Double.toString(d));
        if (b.scale() < 0) b = b.setScale(0);
        return b;
    }

    public static BigDecimal stringToDecimal(String s, Warnings w) {
        NumberParser.Scan sc = NumberParser.scan(s, true, true);
        if (sc.empty() || !sc.restIsSpace()) w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DECIMAL", s);
        return NumberParser.toDecimal(s, sc);
    }

    /**
     * A number for arithmetic: Long, BigInteger, BigDecimal and Double stay; strings become DOUBLE (MySQL evaluates
     * string operands of arithmetic as DOUBLE); temporals become their YYYYMMDD... number.
     */
    public static Object toNumeric(Object v, Warnings w) {
        return switch (v) {
            case null -> null;
            case Long l -> l;
            case Double d -> d;
            case BigDecimal d -> d;
            case BigInteger b -> b;
            case String s -> stringToDouble(s, w);
            case byte[] b -> stringToDouble(new String(b, StandardCharsets.ISO_8859_1), w);
            case SqlDate d -> d.toNumber();
            case SqlDateTime dt -> dt.toNumber(dt.micros() == 0 ? 0 : 6);
            case SqlTime t -> t.toNumber(t.micros() == 0 ? 0 : 6);
            case BitValue b -> b.toNumber();
            case JsonValue j -> j.toDoubleValue(w);
            default -> throw new IllegalArgumentException("not a SQL value: " + v.getClass());
        };
    }

    // ------------------------------------------------------------------ truth

    /** The truth of a value in WHERE / IF / AND: null for NULL, else non-zero in numeric context. */
    public static Boolean truth(Object v, Warnings w) {
        return v == null ? null : isTrue(v, w);
    }

    /** {@link #truth} for a non-null value. */
    public static boolean isTrue(Object v, Warnings w) {
        return switch (v) {
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case BigDecimal d -> d.signum() != 0;
            case Double d -> d != 0.0;
            case SqlDate d -> !d.isZero();
            case SqlDateTime dt -> !dt.isZero();
            case SqlTime t -> t.toMicros() != 0;
            case BitValue b -> b.bits() != 0;
            default -> toDoubleValue(v, w) != 0.0;
        };
    }

    // ------------------------------------------------------------------ string context

    /**
     * The string a value becomes in string context (CONCAT, CAST AS CHAR) when its type adds nothing: DOUBLE in
     * shortest form, DECIMAL with its scale, temporals with 6 fractional digits only when non-zero. Use
     * {@link TextFormat#format(Object, SqlType)} when the type (fsp, FLOAT, ZEROFILL) is known.
     */
    public static String toText(Object v) {
        return switch (v) {
            case null -> null;
            case String s -> s;
            case Long l -> Long.toString(l);
            case BigDecimal d -> d.toPlainString();
            case BigInteger b -> b.toString();
            case Double d -> FloatText.format(d, false);
            case byte[] b -> new String(b, StandardCharsets.UTF_8);
            case SqlDate d -> TextFormat.date(d);
            case SqlDateTime dt -> TextFormat.dateTime(dt, dt.micros() == 0 ? 0 : 6);
            case SqlTime t -> TextFormat.time(t, t.micros() == 0 ? 0 : 6);
            case BitValue b -> new String(b.toBytes(), StandardCharsets.ISO_8859_1);
            case JsonValue j -> j.toString();
            default -> throw new IllegalArgumentException("not a SQL value: " + v.getClass());
        };
    }

    /** The bytes of a value in binary-string context (utf8mb4 text is encoded as UTF-8). */
    public static byte[] toBytes(Object v) {
        return switch (v) {
            case null -> null;
            case byte[] b -> b;
            case BitValue b -> b.toBytes();
            default -> toText(v).getBytes(StandardCharsets.UTF_8);
        };
    }

    // ------------------------------------------------------------------ wire

    /** The value as one of RowStream's wire types (temporals become WireTemporal, BIT bytes, JSON its text). */
    public static Object toWire(Object v) {
        return switch (v) {
            case null -> null;
            case Long l -> l;
            case String s -> s;
            case BigDecimal d -> d;
            case Double d -> d;
            case BigInteger b -> b;
            case byte[] b -> b;
            case SqlDate d -> new WireTemporal(WireTemporal.Kind.DATE, false, d.year(), d.month(), d.day(), 0, 0, 0, 0);
            case SqlDateTime t -> new WireTemporal(WireTemporal.Kind.DATETIME, false, t.year(), t.month(), t.day(),
                    t.hour(), t.minute(), t.second(), t.micros());
            case SqlTime t -> new WireTemporal(WireTemporal.Kind.TIME, t.negative(), 0, 0, 0, t.hour(), t.minute(),
                    t.second(), t.micros());
            case BitValue b -> b.toBytes();
            case JsonValue j -> j.toString();
            default -> throw new IllegalArgumentException("not a SQL value: " + v.getClass());
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
