package io.sprocket.engine.function;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.result.FloatText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * How function arguments are read in a given context (string, integer, double, decimal), with MySQL's lenient
 * string-to-number rules: the longest numeric prefix counts and the rest raises warning 1292.
 */
final class Coercion {
    private Coercion() {}

    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Text of a value as MySQL shows it in a string context. */
    static String str(Object v) {
        return switch (v) {
            case null -> null;
            case String s -> s;
            case byte[] b -> new String(b, StandardCharsets.UTF_8);
            case Long l -> Long.toString(l);
            case Integer i -> Integer.toString(i);
            case BigDecimal d -> d.toPlainString();
            case Double d -> FloatText.format(d, false);
            case Float f -> FloatText.format(f, true);
            case Boolean b -> b ? "1" : "0";
            default -> v.toString();
        };
    }

    /** Bytes of a value: binary strings as they are, everything else as UTF-8 text. */
    static byte[] bytes(Object v) {
        if (v instanceof byte[] b) return b;
        String s = str(v);
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    static boolean isBinary(Object v) {
        return v instanceof byte[];
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof BigDecimal
                || v instanceof Double || v instanceof Float;
    }

    static boolean isExact(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof BigDecimal;
    }

    static boolean isInteger(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger;
    }

    static double toDouble(Object v, FunctionContext ctx) {
        return switch (v) {
            case Double d -> d;
            case Long l -> l;
            case Integer i -> i;
            case BigDecimal d -> d.doubleValue();
            case BigInteger b -> b.doubleValue();
            case Float f -> f;
            case Boolean b -> b ? 1 : 0;
            case String s -> parseDouble(s, ctx);
            case byte[] b -> parseDouble(new String(b, StandardCharsets.ISO_8859_1), ctx);
            default -> io.sprocket.engine.type.Values.toDoubleValue(v, ctx.warnings()); // BIT, temporals, JSON
        };
    }

    /** Integer value, rounding exact and approximate numbers half away from zero as MySQL's val_int does. */
    static long toLong(Object v, FunctionContext ctx) {
        return switch (v) {
            case Long l -> l;
            case Integer i -> i;
            case BigInteger b -> b.longValue(); // unsigned above 2^63 keeps its bit pattern
            case BigDecimal d -> clampToLong(d.setScale(0, RoundingMode.HALF_UP));
            case Double d -> doubleToLong(d);
            case Float f -> doubleToLong(f);
            case Boolean b -> b ? 1 : 0;
            case String s -> parseLong(s, ctx);
            case byte[] b -> parseLong(new String(b, StandardCharsets.ISO_8859_1), ctx);
            default -> io.sprocket.engine.type.Values.toLongValue(v, ctx.warnings()); // BIT, temporals, JSON
        };
    }

    static long doubleToLong(double d) {
        if (Double.isNaN(d)) return 0;
        double r = Math.rint(d);
        if (Math.abs(d - Math.floor(d) - 0.5) == 0) r = d < 0 ? Math.floor(d) : Math.ceil(d);
        if (r >= 9.223372036854775807E18) return Long.MAX_VALUE;
        if (r <= -9.223372036854775808E18) return Long.MIN_VALUE;
        return (long) r;
    }

    private static long clampToLong(BigDecimal d) {
        BigInteger b = d.toBigInteger();
        if (b.compareTo(LONG_MAX) > 0) return Long.MAX_VALUE;
        if (b.compareTo(LONG_MIN) < 0) return Long.MIN_VALUE;
        return b.longValue();
    }

    static BigDecimal toDecimal(Object v, FunctionContext ctx) {
        return switch (v) {
            case BigDecimal d -> d;
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case BigInteger b -> new BigDecimal(b);
            case Double d -> doubleToDecimal(d);
            case Float f -> doubleToDecimal(f);
            case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
            default -> {
                String s = str(v);
                int end = numericPrefix(s, true);
                String digits = s.substring(0, end).trim();
                warnIfTruncated(s, end, "DECIMAL", ctx);
                if (digits.isEmpty() || digits.equals("+") || digits.equals("-")) yield BigDecimal.ZERO;
                try {
                    yield new BigDecimal(digits);
                } catch (NumberFormatException e) {
                    yield BigDecimal.ZERO;
                }
            }
        };
    }

    static BigDecimal doubleToDecimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return BigDecimal.ZERO;
        return new BigDecimal(Double.toString(d), MathContext.DECIMAL64).stripTrailingZeros();
    }

    static double parseDouble(String s, FunctionContext ctx) {
        int end = numericPrefix(s, true);
        String digits = s.substring(0, end).trim();
        warnIfTruncated(s, end, "DOUBLE", ctx);
        if (digits.isEmpty()) return 0;
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static long parseLong(String s, FunctionContext ctx) {
        int end = numericPrefix(s, false);
        String digits = s.substring(0, end).trim();
        warnIfTruncated(s, end, "INTEGER", ctx);
        if (digits.isEmpty() || digits.equals("+") || digits.equals("-")) return 0;
        try {
            return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
        } catch (NumberFormatException e) {
            BigInteger b = new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
            if (b.signum() < 0) return Long.MIN_VALUE;
            return b.compareTo(TWO_64) >= 0 ? -1L : b.longValue();
        }
    }

    private static void warnIfTruncated(String s, int end, String type, FunctionContext ctx) {
        for (int i = end; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                if (ctx != null) ctx.warnings().warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, type, s);
                return;
            }
        }
        if (end == 0 && ctx != null && s.isEmpty()) {
            ctx.warnings().warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, type, s);
        }
    }

    /** Length of the longest prefix that reads as a number (leading spaces included). */
    static int numericPrefix(String s, boolean allowFraction) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
        int start = i;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int digitsStart = i;
        while (i < n && isDigit(s.charAt(i))) i++;
        boolean any = i > digitsStart;
        if (allowFraction) {
            if (i < n && s.charAt(i) == '.') {
                int j = i + 1;
                while (j < n && isDigit(s.charAt(j))) j++;
                if (any || j > i + 1) {
                    any = true;
                    i = j;
                }
            }
            if (any && i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
                int expStart = j;
                while (j < n && isDigit(s.charAt(j))) j++;
                if (j > expStart) i = j;
            }
        }
        return any ? i : start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Truth value as IF() and the logical operators see it. */
    static boolean isTrue(Object v, FunctionContext ctx) {
        return switch (v) {
            case null -> false;
            case Long l -> l != 0;
            case Integer i -> i != 0;
            case Boolean b -> b;
            case BigDecimal d -> d.signum() != 0;
            case BigInteger b -> b.signum() != 0;
            default -> toDouble(v, ctx) != 0;
        };
    }

    /** An integer result that may exceed the signed range (unsigned arithmetic, CONV, CRC32...). */
    static Object unsigned(long bits) {
        return bits >= 0 ? (Object) bits : new BigInteger(Long.toUnsignedString(bits));
    }

    static Object normalizeInteger(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
