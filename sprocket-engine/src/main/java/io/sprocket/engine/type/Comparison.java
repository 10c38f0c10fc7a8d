package io.sprocket.engine.type;

import io.sprocket.engine.error.Warnings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * MySQL's comparison of two values: the comparison type is chosen from the operands (both integers: integer;
 * integer and DECIMAL: decimal; any DOUBLE, or a string against a number: double; a temporal against a string or
 * number: temporal; two strings: the collation; binary strings: bytewise). NULL is the caller's business:
 * {@link #compare} takes non-null operands, {@link #equal} gives SQL's three-valued {@code =} and
 * {@link #nullSafeEqual} gives {@code <=>}.
 */
public final class Comparison {
    private Comparison() {}

    /** The comparison type MySQL picks for two operand types (for planners and index use decisions). */
    public enum Mode { INTEGER, DECIMAL, DOUBLE, STRING, BINARY, DATETIME, TIME, JSON }

    public static Mode mode(SqlType a, SqlType b) {
        TypeKind x = a.kind(), y = b.kind();
        if (x == TypeKind.JSON || y == TypeKind.JSON) return Mode.JSON;
        boolean xs = x.isString(), ys = y.isString();
        if (xs && ys) return x.isBinaryString() || y.isBinaryString() ? Mode.BINARY : Mode.STRING;
        boolean xt = x.isTemporal(), yt = y.isTemporal();
        if (xt || yt) {
            if (x == TypeKind.TIME && (y == TypeKind.TIME || !yt)) return Mode.TIME;
            if (y == TypeKind.TIME && !xt) return Mode.TIME;
            return Mode.DATETIME;
        }
        if (x.isApproximate() || y.isApproximate() || xs || ys) return Mode.DOUBLE;
        if (x == TypeKind.DECIMAL || y == TypeKind.DECIMAL) return Mode.DECIMAL;
        if (x == TypeKind.NULL && y == TypeKind.NULL) return Mode.STRING;
        return Mode.INTEGER;
    }

    /** {@code a = b}: null when either is NULL. */
    public static Boolean equal(Object a, Object b, Collation collation, Warnings w) {
        if (a == null || b == null) return null;
        return compare(a, b, collation, w) == 0;
    }

    /** {@code a <=> b}: NULL-safe equality. */
    public static boolean nullSafeEqual(Object a, Object b, Collation collation, Warnings w) {
        if (a == null || b == null) return a == b;
        return compare(a, b, collation, w) == 0;
    }

    /** Comparison with NULL: null when either operand is NULL. */
    public static Integer compareNullable(Object a, Object b, Collation collation, Warnings w) {
        if (a == null || b == null) return null;
        return compare(a, b, collation, w);
    }

    /**
     * Compares two non-null values: negative, zero or positive. {@code collation} applies when both are
     * character strings (pass the result of collation derivation; null means the server default).
     */
    public static int compare(Object a, Object b, Collation collation, Warnings w) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (a instanceof String x && b instanceof String y) {
            return (collation == null ? CollationRegistry.defaultCollation() : collation).compare(x, y);
        }
        if (a instanceof byte[] || b instanceof byte[]) {
            if (isStringLike(a) && isStringLike(b)) return Arrays.compareUnsigned(Values.toBytes(a), Values.toBytes(b));
        }
        if (a instanceof JsonValue || b instanceof JsonValue) return JsonCompare.compare(JsonValue.of(a), JsonValue.of(b));
        boolean at = isTemporal(a), bt = isTemporal(b);
        if (at || bt) return compareTemporal(a, b, at, bt, collation, w);
        if (a instanceof Double || b instanceof Double || a instanceof String || b instanceof String
                || a instanceof byte[] || b instanceof byte[]) {
            return Double.compare(normalizeZero(Values.toDoubleValue(a, w)), normalizeZero(Values.toDoubleValue(b, w)));
        }
        Object x = a instanceof BitValue bv ? bv.toNumber() : a;
        Object y = b instanceof BitValue bv ? bv.toNumber() : b;
        if (x instanceof BigDecimal || y instanceof BigDecimal) {
            return Values.toDecimal(x, w).compareTo(Values.toDecimal(y, w));
        }
        return compareIntegers(x, y);
    }

    /** Long and BigInteger (unsigned above 2^63) compared exactly. */
    public static int compareIntegers(Object x, Object y) {
        if (x instanceof Long l && y instanceof Long m) return Long.compare(l, m);
        BigInteger p = x instanceof BigInteger b ? b : BigInteger.valueOf((Long) x);
        BigInteger q = y instanceof BigInteger b ? b : BigInteger.valueOf((Long) y);
        return p.compareTo(q);
    }

    private static double normalizeZero(double d) { return d == 0.0 ? 0.0 : d; }

    private static boolean isStringLike(Object v) { return v instanceof String || v instanceof byte[]; }

    private static boolean isTemporal(Object v) {
        return v instanceof SqlDate || v instanceof SqlDateTime || v instanceof SqlTime;
    }

    private static int compareTemporal(Object a, Object b, boolean at, boolean bt, Collation collation, Warnings w) {
        if (a instanceof SqlTime x && b instanceof SqlTime y) return x.compareTo(y);
        if (at && bt) {
            // DATE vs DATETIME: the date is at midnight; TIME vs a date: TIME on the current day
            return Temporals.toDateTime(a, w).compareTo(Temporals.toDateTime(b, w));
        }
        Object temporal = at ? a : b, other = at ? b : a;
        int sign = at ? 1 : -1;
        if (temporal instanceof SqlTime t) {
            SqlTime o = Temporals.toTime(other, Warnings.IGNORE);
            if (o != null) return sign * t.compareTo(o);
        } else {
            SqlDateTime o = other instanceof String || other instanceof byte[]
                    ? Temporals.toDateTime(other, Warnings.IGNORE)
                    : Temporals.numberToDateTimeOrNull(other);
            if (o != null) return sign * Temporals.toDateTime(temporal, w).compareTo(o);
        }
        // not convertible: MySQL falls back to comparing as strings (strings) or numbers (numbers)
        if (other instanceof String || other instanceof byte[]) {
            String tt = Values.toText(temporal);
            Collation c = collation == null ? CollationRegistry.defaultCollation() : collation;
            return sign * c.compare(tt, Values.toText(other));
        }
        return sign * Double.compare(Values.toDoubleValue(temporal, w), Values.toDoubleValue(other, w));
    }
}
