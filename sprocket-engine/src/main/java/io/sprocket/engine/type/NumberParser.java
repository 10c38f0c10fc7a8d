package io.sprocket.engine.type;

import java.math.BigDecimal;

/**
 * Finds the numeric prefix of a string the way MySQL does when a string is used as a number: leading spaces,
 * a sign, digits, an optional fraction and exponent. Hand-written scanning, no regex or exceptions.
 */
final class NumberParser {
    private NumberParser() {}

    /** The extent of a numeric prefix. */
    record Scan(int start, int end, int intDigits, boolean hasFraction, boolean hasExponent, boolean restIsSpace) {
        boolean empty() { return end == start; }
    }

    private static boolean digit(char c) { return c >= '0' && c <= '9'; }

    private static boolean space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B; }

    /**
     * Scans {@code [spaces][+-]digits[.digits][e[+-]digits]}. {@code start} is the first character of the number
     * (after spaces), {@code end} just past it; empty when there are no digits. {@code restIsSpace} says whether
     * only whitespace follows.
     */
    static Scan scan(String s, boolean allowFraction, boolean allowExponent) {
        int n = s.length(), i = 0;
        while (i < n && space(s.charAt(i))) i++;
        int start = i;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
        int digitsStart = i;
        while (i < n && digit(s.charAt(i))) i++;
        int intDigits = i - digitsStart;
        boolean frac = false;
        if (allowFraction && i < n && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && digit(s.charAt(j))) j++;
            if (j > i + 1 || intDigits > 0) {
                frac = j > i + 1;
                i = j;
            }
        }
        if (intDigits == 0 && !frac) return new Scan(start, start, 0, false, false, allSpace(s, start));
        boolean exp = false;
        if (allowExponent && i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) j++;
            int e0 = j;
            while (j < n && digit(s.charAt(j))) j++;
            if (j > e0) {
                exp = true;
                i = j;
            }
        }
        return new Scan(start, i, intDigits, frac, exp, allSpace(s, i));
    }

    private static boolean allSpace(String s, int from) {
        for (int j = from; j < s.length(); j++) if (!space(s.charAt(j))) return false;
        return true;
    }

    /** The double value of a scanned prefix (0 when empty). */
    static double toDouble(String s, Scan sc) {
        if (sc.empty()) return 0;
        if (!sc.hasFraction() && !sc.hasExponent() && sc.intDigits() > 0 && sc.intDigits() <= 15) {
            long v = 0;
            boolean neg = false;
            for (int i = sc.start(); i < sc.end(); i++) {
                char c = s.charAt(i);
                if (c == '-') neg = true;
                else if (c != '+') v = v * 10 + (c - '0');
            }
            return neg ? -v : v;
        }
        return Double.parseDouble(s.substring(sc.start(), sc.end())); // Java accepts ".5" and "5."

    }

    /** The decimal value of a scanned prefix (0 when empty); exponents are applied. */
    static BigDecimal toDecimal(String s, Scan sc) {
        if (sc.empty()) return BigDecimal.ZERO;
        String text = s.substring(sc.start(), sc.end());
        if (text.charAt(0) == '+') text = text.substring(1);
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        String mantissa = e >= 0 ? text.substring(0, e) : text;
        if (mantissa.endsWith(".")) mantissa = mantissa.substring(0, mantissa.length() - 1);
        if (mantissa.startsWith(".")) mantissa = "0" + mantissa;
        if (mantissa.startsWith("-.")) mantissa = "-0" + mantissa.substring(1);
        BigDecimal d = new BigDecimal(mantissa);
        if (e >= 0) {
            int exp = Integer.parseInt(text.substring(e + 1).replace("+", ""));
            if (Math.abs(exp) > 200) exp = Integer.signum(exp) * 200;
            d = d.scaleByPowerOfTen(exp);
            if (d.scale() < 0) d = d.setScale(0);
        }
        return d;
    }
}
