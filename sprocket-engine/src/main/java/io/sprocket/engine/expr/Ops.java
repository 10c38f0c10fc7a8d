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

    // ---------------------------------------------------------------- conversions (the type package's rules)

    /** SQL truth: NULL stays null (unknown), numbers non-zero, strings by their numeric prefix. */
    public static Boolean truth(Object v, Warnings w) {
        if (v instanceof Long l) return l != 0;
        return io.sprocket.engine.type.Values.truth(v, w);
    }

    public static String toStr(Object v) {
        return io.sprocket.engine.type.Values.toText(v);
    }

    public static double toDouble(Object v, Warnings w) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return d;
        return io.sprocket.engine.type.Values.toDoubleValue(v, w);
    }

    public static long toLong(Object v, Warnings w) {
        if (v instanceof Long l) return l;
        return io.sprocket.engine.type.Values.toLongValue(v, w);
    }

    public static BigDecimal toDecimal(Object v, Warnings w) {
        return io.sprocket.engine.type.Values.toDecimal(v, w);
    }

    static Object numberOfTemporal(Object v) {
        if (v instanceof SqlDate d) return d.toNumber();
        if (v instanceof SqlDateTime t) return t.toNumber(t.micros() == 0 ? 0 : 6);
        if (v instanceof SqlTime t) return t.toNumber(t.micros() == 0 ? 0 : 6);
        return v;
    }

    public static double parseDouble(String s, Warnings w) {
        return io.sprocket.engine.type.Values.stringToDouble(s, w);
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
