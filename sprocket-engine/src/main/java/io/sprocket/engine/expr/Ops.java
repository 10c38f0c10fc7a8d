package io.sprocket.engine.expr;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.type.BitValue;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * The value semantics compiled expressions use: truth, numeric conversion, comparison and arithmetic with
 * MySQL's rules. One place, so the evaluators stay small.
 */
public final class Ops {
    private Ops() {}

    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    // ---------------------------------------------------------------- classification

    public static boolean isExactInteger(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof BitValue;
    }

    public static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof BigDecimal || v instanceof Double
                || v instanceof BitValue;
    }

    public static boolean isTemporal(Object v) {
        return v instanceof SqlDate || v instanceof SqlDateTime || v instanceof SqlTime;
    }

    // ---------------------------------------------------------------- conversions

    /** SQL truth: NULL stays null (unknown), numbers non-zero, strings by their numeric prefix. */
    public static Boolean truth(Object v, Warnings w) {
        if (v == null) return null;
        if (v instanceof Long l) return l != 0;
        if (v instanceof Double d) return d != 0;
        if (v instanceof BigDecimal d) return d.signum() != 0;
        if (v instanceof BigInteger b) return b.signum() != 0;
        return toDouble(v, w) != 0;
    }

    public static String toStr(Object v) {
        if (v == null) return null;
        if (v instanceof String s) return s;
        if (v instanceof byte[] b) return new String(b, StandardCharsets.UTF_8);
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof Double d) return io.sprocket.engine.result.FloatText.format(d, false);
        if (v instanceof BitValue b) return new String(b.toBytes(), StandardCharsets.ISO_8859_1);
        return v.toString();
    }

    public static double toDouble(Object v, Warnings w) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return d;
        if (v instanceof BigDecimal d) return d.doubleValue();
        if (v instanceof BigInteger b) return b.doubleValue();
        if (v instanceof BitValue b) return unsignedToDouble(b.bits());
        if (v instanceof SqlDate d) return d.toNumber();
        if (v instanceof SqlDateTime t) return ((Number) t.toNumber(t.micros() == 0 ? 0 : 6)).doubleValue();
        if (v instanceof SqlTime t) return ((Number) t.toNumber(t.micros() == 0 ? 0 : 6)).doubleValue();
        String s = toStr(v);
        return parseDouble(s, w);
    }

    static double unsignedToDouble(long bits) {
        double d = (double) (bits & Long.MAX_VALUE);
        return bits < 0 ? d + 0x1.0p63 : d;
    }

    public static long toLong(Object v, Warnings w) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return roundDoubleToLong(d);
        if (v instanceof BigDecimal d) return clamp(d.setScale(0, RoundingMode.HALF_UP));
        if (v instanceof BigInteger b) return b.longValue();
        if (v instanceof BitValue b) return b.bits();
        if (v instanceof SqlDate d) return d.toNumber();
        if (v instanceof SqlDateTime t) return t.date().toNumber() * 1000000L + t.hour() * 10000L + t.minute() * 100L + t.second();
        if (v instanceof SqlTime t) return (t.negative() ? -1 : 1) * (t.hour() * 10000L + t.minute() * 100L + t.second());
        String s = toStr(v);
        return parseLong(s, w);
    }

    private static long clamp(BigDecimal d) {
        if (d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) return Long.MAX_VALUE;
        if (d.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) return Long.MIN_VALUE;
        return d.longValue();
    }

    static long roundDoubleToLong(double d) {
        if (d >= 9.223372036854775807E18) return Long.MAX_VALUE;
        if (d <= -9.223372036854775808E18) return Long.MIN_VALUE;
        return Math.round(d) == (long) Math.rint(d) ? (long) Math.rint(d) : Math.round(d);
    }

    public static BigDecimal toDecimal(Object v, Warnings w) {
        if (v instanceof BigDecimal d) return d;
        if (v instanceof Long l) return BigDecimal.valueOf(l);
        if (v instanceof BigInteger b) return new BigDecimal(b);
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) return BigDecimal.ZERO;
            return new BigDecimal(Double.toString(d));
        }
        if (v instanceof BitValue b) return new BigDecimal(new BigInteger(Long.toUnsignedString(b.bits())));
        if (isTemporal(v)) return new BigDecimal(toStr(numberOfTemporal(v)));
        String s = toStr(v).trim();
        int end = numericPrefix(s, true);
        if (end == 0) {
            if (!s.isEmpty()) w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DECIMAL", s);
            return BigDecimal.ZERO;
        }
        if (end < s.length()) w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DECIMAL", s);
        try {
            return new BigDecimal(s.substring(0, end));
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    static Object numberOfTemporal(Object v) {
        if (v instanceof SqlDate d) return d.toNumber();
        if (v instanceof SqlDateTime t) return t.toNumber(t.micros() == 0 ? 0 : 6);
        if (v instanceof SqlTime t) return t.toNumber(t.micros() == 0 ? 0 : 6);
        return v;
    }

    public static double parseDouble(String s, Warnings w) {
        String t = s.strip();
        int end = numericPrefix(t, true);
        if (end == 0) {
            if (!t.isEmpty() || !s.isEmpty()) w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DOUBLE", s);
            return 0;
        }
        if (end < t.length()) w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DOUBLE", s);
        try {
            return Double.parseDouble(t.substring(0, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static long parseLong(String s, Warnings w) {
        String t = s.strip();
        int end = numericPrefix(t, true);
        if (end == 0) {
            w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "INTEGER", s);
            return 0;
        }
        String num = t.substring(0, end);
        if (end < t.length()) w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "INTEGER", s);
        try {
            return Long.parseLong(num);
        } catch (NumberFormatException e) {
            try {
                return roundDoubleToLong(Double.parseDouble(num));
            } catch (NumberFormatException e2) {
                return 0;
            }
        }
    }

    /** Length of the longest numeric prefix of {@code s} (sign, digits, fraction, exponent). */
    public static int numericPrefix(String s, boolean allowFraction) {
        int i = 0, n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int digitsStart = i;
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        boolean digits = i > digitsStart;
        if (allowFraction && i < n && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && Character.isDigit(s.charAt(j))) j++;
            if (j > i + 1 || digits) {
                digits = true;
                i = j;
            }
        }
        if (!digits) return 0;
        if (allowFraction && i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            int expStart = j;
            while (j < n && Character.isDigit(s.charAt(j))) j++;
            if (j > expStart) i = j;
        }
        return i;
    }

    // ---------------------------------------------------------------- comparison

    /** Which comparison MySQL applies to a pair of operands (decided at compile time from their types). */
    public enum CompareKind { INTEGER, DECIMAL, DOUBLE, STRING, BINARY, TEMPORAL, DYNAMIC }

    /**
     * Compares two non-null values with MySQL's rules for the given kind; DYNAMIC looks at the runtime values.
     */
    public static int compare(Object a, Object b, CompareKind kind, Collation collation, Warnings w) {
        switch (kind) {
            case INTEGER:
                if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
                return compareExactIntegers(a, b, w);
            case DECIMAL:
                return toDecimal(a, w).compareTo(toDecimal(b, w));
            case DOUBLE:
                return Double.compare(toDouble(a, w) + 0.0, toDouble(b, w) + 0.0);
            case STRING:
                return collation.compare(toStr(a), toStr(b));
            case BINARY:
                return java.util.Arrays.compareUnsigned(toBytes(a), toBytes(b));
            case TEMPORAL:
                return compareTemporal(a, b, w);
            default:
                return compareDynamic(a, b, collation, w);
        }
    }

    public static byte[] toBytes(Object v) {
        if (v instanceof byte[] b) return b;
        if (v instanceof BitValue b) return b.toBytes();
        return toStr(v).getBytes(StandardCharsets.UTF_8);
    }

    static int compareExactIntegers(Object a, Object b, Warnings w) {
        BigInteger x = toBigInteger(a, w), y = toBigInteger(b, w);
        return x.compareTo(y);
    }

    static BigInteger toBigInteger(Object v, Warnings w) {
        if (v instanceof BigInteger b) return b;
        if (v instanceof BitValue b) return new BigInteger(Long.toUnsignedString(b.bits()));
        if (v instanceof Long l) return BigInteger.valueOf(l);
        return toDecimal(v, w).toBigInteger();
    }

    static int compareTemporal(Object a, Object b, Warnings w) {
        if (a instanceof SqlTime x && b instanceof SqlTime y) return x.compareTo(y);
        SqlDateTime x = toDateTime(a, w), y = toDateTime(b, w);
        if (x == null || y == null) return compareDynamic(toStr(a), toStr(b), null, w);
        return x.compareTo(y);
    }

    public static SqlDateTime toDateTime(Object v, Warnings w) {
        if (v instanceof SqlDateTime t) return t;
        if (v instanceof SqlDate d) return d.atStartOfDay();
        return io.sprocket.engine.type.Temporals.toDateTime(v, w);
    }

    static int compareDynamic(Object a, Object b, Collation collation, Warnings w) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (isExactInteger(a) && isExactInteger(b)) return compareExactIntegers(a, b, w);
        boolean an = isNumber(a), bn = isNumber(b);
        if ((an && bn)) {
            if (a instanceof Double || b instanceof Double) return Double.compare(toDouble(a, w), toDouble(b, w));
            return toDecimal(a, w).compareTo(toDecimal(b, w));
        }
        if (isTemporal(a) || isTemporal(b)) {
            if (an || bn) return Double.compare(toDouble(a, w), toDouble(b, w));
            return compareTemporal(a, b, w);
        }
        if (an || bn) return Double.compare(toDouble(a, w), toDouble(b, w));
        if (a instanceof byte[] || b instanceof byte[]) return java.util.Arrays.compareUnsigned(toBytes(a), toBytes(b));
        Collation c = collation != null ? collation : io.sprocket.engine.type.CollationRegistry.defaultCollation();
        return c.compare(toStr(a), toStr(b));
    }

    // ---------------------------------------------------------------- arithmetic

    public static Object overflow(String type, String expressionText) {
        throw new SqlException(ErrorCode.ER_DATA_OUT_OF_RANGE, type, expressionText);
    }
}
