package io.sprocket.engine.type;

import io.sprocket.engine.error.Warnings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** Store assignment into numeric columns (integers, YEAR, DECIMAL, FLOAT/DOUBLE, BIT); see {@link StoreAssignment}. */
final class StoreNumbers {
    private StoreNumbers() {}

    private static final long[] SIGNED_MIN = {-128, -32768, -8388608, Integer.MIN_VALUE, Long.MIN_VALUE};
    private static final long[] SIGNED_MAX = {127, 32767, 8388607, Integer.MAX_VALUE, Long.MAX_VALUE};
    private static final long[] UNSIGNED_MAX = {255, 65535, 16777215, 4294967295L, -1L /* 2^64-1 */};

    /** A string's numeric content for store: the parsed prefix and how much of the string it used. */
    private record Parsed(BigDecimal value, Double doubleValue, boolean empty, boolean garbage, boolean trailingSpace) {}

    private static Parsed parse(String s, boolean asDouble) {
        NumberParser.Scan sc = NumberParser.scan(s, true, true);
        if (sc.empty()) return new Parsed(BigDecimal.ZERO, 0.0, true, false, false);
        boolean garbage = !sc.restIsSpace();
        boolean trailingSpace = !garbage && sc.end() < s.length();
        if (asDouble) return new Parsed(null, NumberParser.toDouble(s, sc), false, garbage, trailingSpace);
        return new Parsed(NumberParser.toDecimal(s, sc), null, false, garbage, trailingSpace);
    }

    private static String text(Object v) {
        return v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : (String) v;
    }

    // ------------------------------------------------------------------ integers

    static Object integer(Object v, StoreAssignment.Target t) {
        int k = t.type().kind().ordinal() - TypeKind.TINYINT.ordinal();
        boolean unsigned = t.type().unsigned();
        if (v instanceof Long l) return clipLong(l, k, unsigned, t);
        return switch (v) {
            case BigInteger b -> clipBig(b, k, unsigned, t);
            case BigDecimal d -> clipBig(d.setScale(0, RoundingMode.HALF_UP).toBigInteger(), k, unsigned, t);
            case Double d -> clipDouble(Math.rint(d), k, unsigned, t);
            case String s -> integerFromString(s, k, unsigned, t);
            case byte[] b -> integerFromString(text(b), k, unsigned, t);
            case BitValue b -> b.bits() >= 0 ? clipLong(b.bits(), k, unsigned, t) : clipBig((BigInteger) b.toNumber(), k, unsigned, t);
            case JsonValue j -> integerFromString(j.toString(), k, unsigned, t);
            default -> integer(Values.toNumeric(v, Warnings.IGNORE), t); // temporals as YYYYMMDD...
        };
    }

    private static Object integerFromString(String s, int k, boolean unsigned, StoreAssignment.Target t) {
        Parsed p = parse(s, false);
        if (p.empty()) {
            StoreAssignment.incorrectValue(t, "integer", s);
            return 0L;
        }
        BigInteger b = p.value().setScale(0, RoundingMode.HALF_UP).toBigInteger();
        Object r = clipBig(b, k, unsigned, t);
        if (p.garbage()) StoreAssignment.truncated(t);
        else if (p.trailingSpace()) StoreAssignment.truncatedNote(t);
        return r;
    }

    private static Object clipLong(long l, int k, boolean unsigned, StoreAssignment.Target t) {
        if (unsigned) {
            if (l < 0) { StoreAssignment.outOfRange(t); return 0L; }
            if (k < 4 && l > UNSIGNED_MAX[k]) { StoreAssignment.outOfRange(t); return UNSIGNED_MAX[k]; }
            return l;
        }
        if (l < SIGNED_MIN[k]) { StoreAssignment.outOfRange(t); return SIGNED_MIN[k]; }
        if (l > SIGNED_MAX[k]) { StoreAssignment.outOfRange(t); return SIGNED_MAX[k]; }
        return l;
    }

    private static Object clipBig(BigInteger b, int k, boolean unsigned, StoreAssignment.Target t) {
        if (b.bitLength() < 64) return clipLong(b.longValue(), k, unsigned, t);
        if (unsigned) {
            if (b.signum() < 0) { StoreAssignment.outOfRange(t); return 0L; }
            if (k == 4) {
                if (b.compareTo(Values.UNSIGNED_MAX) > 0) { StoreAssignment.outOfRange(t); return Values.UNSIGNED_MAX; }
                return b;
            }
            StoreAssignment.outOfRange(t);
            return UNSIGNED_MAX[k];
        }
        StoreAssignment.outOfRange(t);
        return b.signum() < 0 ? SIGNED_MIN[k] : SIGNED_MAX[k];
    }

    private static Object clipDouble(double d, int k, boolean unsigned, StoreAssignment.Target t) {
        if (Double.isNaN(d)) return 0L;
        if (Math.abs(d) < 9.0E18) return clipLong((long) d, k, unsigned, t);
        return clipBig(new BigDecimal(d).toBigInteger(), k, unsigned, t);
    }

    // ------------------------------------------------------------------ YEAR

    static Object year(Object v, StoreAssignment.Target t) {
        if (v instanceof String || v instanceof byte[]) {
            String s = text(v);
            Parsed p = parse(s, false);
            if (p.empty()) {
                StoreAssignment.incorrectValue(t, "integer", s);
                return 0L;
            }
            long n = p.value().setScale(0, RoundingMode.HALF_UP).longValue();
            Object r = n >= 0 && n <= 99 ? (Object) (n < 70 ? 2000 + n : 1900 + n) : yearFromNumber(n, t);
            if (p.garbage()) StoreAssignment.truncated(t);
            return r;
        }
        return switch (v) {
            case SqlDate d -> (long) d.year();
            case SqlDateTime dt -> (long) dt.year();
            default -> yearFromNumber(Values.toLongValue(Values.toNumeric(v, Warnings.IGNORE), Warnings.IGNORE), t);
        };
    }

    private static Object yearFromNumber(long n, StoreAssignment.Target t) {
        if (n == 0) return 0L; // numeric 0 is the zero year 0000; the string '0' is 2000
        if (n >= 1 && n <= 69) return 2000 + n;
        if (n >= 70 && n <= 99) return 1900 + n;
        if (n >= 1901 && n <= 2155) return n;
        StoreAssignment.outOfRange(t);
        return 0L;
    }

    // ------------------------------------------------------------------ DECIMAL

    static Object decimal(Object v, StoreAssignment.Target t) {
        SqlType type = t.type();
        BigDecimal d;
        boolean garbage = false, trailingSpace = false;
        switch (v) {
            case BigDecimal x -> d = x;
            case Long l -> d = BigDecimal.valueOf(l);
            case BigInteger b -> d = new BigDecimal(b);
            case Double x -> d = Values.doubleToDecimal(x);
            case String s -> {
                Parsed p = parse(s, false);
                if (p.empty()) {
                    StoreAssignment.incorrectValue(t, "decimal", s);
                    return BigDecimal.ZERO.setScale(type.scale());
                }
                d = p.value();
                garbage = p.garbage();
                trailingSpace = p.trailingSpace();
            }
            case byte[] b -> { return decimal(text(b), t); }
            default -> d = Values.toDecimal(Values.toNumeric(v, Warnings.IGNORE), Warnings.IGNORE);
        }
        int scale = type.scale();
        BigDecimal rounded = d.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal max = BigDecimal.ONE.movePointRight((int) type.length() - scale).subtract(BigDecimal.ONE.movePointLeft(scale))
                .setScale(scale, RoundingMode.UNNECESSARY);
        if (type.unsigned() && rounded.signum() < 0) {
            StoreAssignment.outOfRange(t);
            return BigDecimal.ZERO.setScale(scale);
        }
        if (rounded.compareTo(max) > 0) {
            StoreAssignment.outOfRange(t);
            return max;
        }
        if (rounded.compareTo(max.negate()) < 0) {
            StoreAssignment.outOfRange(t);
            return max.negate();
        }
        if (garbage) StoreAssignment.truncated(t);
        else if (trailingSpace || rounded.compareTo(d) != 0) StoreAssignment.truncatedNote(t);
        return rounded;
    }

    // ------------------------------------------------------------------ FLOAT / DOUBLE

    static Object approximate(Object v, StoreAssignment.Target t) {
        SqlType type = t.type();
        double d;
        boolean garbage = false, trailingSpace = false;
        switch (v) {
            case Double x -> d = x;
            case Long l -> d = l;
            case BigDecimal x -> d = x.doubleValue();
            case BigInteger b -> d = b.doubleValue();
            case String s -> {
                Parsed p = parse(s, true);
                if (p.empty()) {
                    StoreAssignment.incorrectValue(t, "double", s);
                    return 0.0;
                }
                d = p.doubleValue();
                garbage = p.garbage();
                trailingSpace = p.trailingSpace();
            }
            case byte[] b -> { return approximate(text(b), t); }
            default -> d = Values.toDoubleValue(Values.toNumeric(v, Warnings.IGNORE), Warnings.IGNORE);
        }
        boolean single = type.kind() == TypeKind.FLOAT;
        double max = single ? Float.MAX_VALUE : Double.MAX_VALUE;
        if (type.scale() >= 0 && type.scale() < SqlType.NOT_FIXED_DEC && type.length() > 0) {
            int scale = type.scale();
            BigDecimal m = BigDecimal.ONE.movePointRight((int) type.length() - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
            max = Math.min(max, m.doubleValue());
            if (!Double.isInfinite(d) && Math.abs(d) <= max) {
                d = new BigDecimal(Double.toString(d)).setScale(scale, RoundingMode.HALF_UP).doubleValue();
            }
        }
        if (type.unsigned() && d < 0) {
            StoreAssignment.outOfRange(t);
            return 0.0;
        }
        if (Double.isInfinite(d) || Math.abs(d) > max) {
            StoreAssignment.outOfRange(t);
            d = d < 0 ? -max : max;
        }
        if (garbage) StoreAssignment.truncated(t);
        else if (trailingSpace) StoreAssignment.truncatedNote(t);
        return single ? (double) (float) d : d;
    }

    // ------------------------------------------------------------------ BIT

    static Object bit(Object v, StoreAssignment.Target t) {
        int width = (int) t.type().length();
        long max = width == 64 ? -1L : (1L << width) - 1;
        long bits;
        if (v instanceof String || v instanceof byte[]) {
            // a string is a binary string: its bytes, big-endian
            byte[] b = Values.toBytes(v);
            int firstNonZero = 0;
            while (firstNonZero < b.length && b[firstNonZero] == 0) firstNonZero++;
            if (b.length - firstNonZero > 8) {
                StoreAssignment.bitTooLong(t);
                return new BitValue(max, width);
            }
            bits = 0;
            for (int i = firstNonZero; i < b.length; i++) bits = (bits << 8) | (b[i] & 0xFF);
        } else if (v instanceof BitValue b) {
            bits = b.bits();
        } else {
            Object n = v instanceof Long ? v : Values.toUnsigned(Values.toNumeric(v, Warnings.IGNORE), Warnings.IGNORE);
            if (n instanceof Long l && l < 0) {
                StoreAssignment.bitTooLong(t);
                return new BitValue(max, width);
            }
            bits = Values.unsignedBits(n);
        }
        if (width < 64 && Long.compareUnsigned(bits, max) > 0) {
            StoreAssignment.bitTooLong(t);
            return new BitValue(max, width);
        }
        return new BitValue(bits, width);
    }
}
