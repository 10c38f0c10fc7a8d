package io.sprocket.engine.type;

import io.sprocket.engine.error.Warnings;
import java.math.BigDecimal;

/**
 * MySQL's relaxed temporal string formats: {@code 2024-01-02}, {@code 20240102}, {@code 24-1-2},
 * {@code 2024/01/02T10.20.30}, {@code 2024-1-2 3:4:5.123}, two-digit years (00-69 = 2000-2069, 70-99 = 1970-1999),
 * and TIME forms {@code [-][D ]hh:mm:ss[.f]}, {@code hh:mm}, {@code hhmmss}, {@code ss}. Hand-written (no regex):
 * these run for every string compared with a temporal column.
 */
final class TemporalParser {
    private TemporalParser() {}

    /** A parsed DATETIME: the value, whether a time part was present, and whether text was left over. */
    record Result(SqlDateTime value, boolean hasTime, boolean trailingGarbage) {}

    private static boolean digit(char c) { return c >= '0' && c <= '9'; }

    private static boolean space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B; }

    private static boolean punct(char c) { return c > ' ' && c < 0x7F && !digit(c) && !Character.isLetter(c); }

    /** Parses a DATETIME/DATE string; null when it is not a valid value under the {@code mode} date checks. */
    static Result parseDateTime(String s, int mode) {
        int n = s.length(), i = 0;
        while (i < n && space(s.charAt(i))) i++;
        if (i == n || !digit(s.charAt(i))) return null;
        int runEnd = i;
        while (runEnd < n && digit(s.charAt(runEnd))) runEnd++;
        int digits = runEnd - i;
        int[] f = new int[7]; // year, month, day, hour, minute, second, micros
        boolean hasTime;
        int pos;
        if (runEnd == n || s.charAt(runEnd) == '.' && digits >= 6 || space(s.charAt(runEnd)) && digits >= 6 && onlySpaces(s, runEnd)) {
            // digits only: YYYYMMDD[hhmmss] or YYMMDD[hhmmss]
            if (digits < 5) return null;
            int yearLen = (digits == 8 || digits >= 14) ? 4 : 2;
            int p = i;
            int[] lens = {yearLen, 2, 2, 2, 2, 2};
            int k = 0;
            for (; k < 6 && p < runEnd; k++) {
                int end = Math.min(p + lens[k], runEnd);
                f[k] = number(s, p, end);
                p = end;
            }
            if (p < runEnd) return null;
            if (yearLen == 2) f[0] = twoDigitYear(f[0]);
            hasTime = k > 3;
            pos = runEnd;
            if (pos < n && s.charAt(pos) == '.' && hasTime) pos = fraction(s, pos + 1, f);
        } else {
            int pos0 = i;
            // date part: up to three numbers separated by punctuation
            int k = 0;
            int p = i;
            int yearDigits = 0;
            while (k < 3) {
                int start = p;
                while (p < n && digit(s.charAt(p))) p++;
                if (p == start) return null;
                if (p - start > 9) return null;
                if (k == 0) yearDigits = p - start;
                f[k++] = number(s, start, p);
                if (k == 3) break;
                int sep = p;
                while (p < n && punct(s.charAt(p))) p++;
                if (p == sep) return null;
            }
            if (yearDigits == 2) f[0] = twoDigitYear(f[0]); // a one-digit year stays as written
            hasTime = false;
            pos = p;
            // separator between date and time: whitespace or 'T'
            int q = p;
            if (q < n && s.charAt(q) == 'T') q++;
            else while (q < n && (space(s.charAt(q)))) q++;
            if (q > p && q < n && digit(s.charAt(q))) {
                int t = 3;
                int r = q;
                while (t < 6) {
                    int start = r;
                    while (r < n && digit(s.charAt(r))) r++;
                    if (r == start || r - start > 9) break;
                    f[t++] = number(s, start, r);
                    if (t == 6) break;
                    if (r + 1 < n && punct(s.charAt(r)) && digit(s.charAt(r + 1))) r++;
                    else break;
                }
                hasTime = t > 3;
                pos = r;
                if (t == 6 && pos < n && s.charAt(pos) == '.') pos = fraction(s, pos + 1, f);
            }
            if (pos0 == pos) return null;
        }
        boolean garbage = false;
        for (int j = pos; j < n; j++) {
            if (!space(s.charAt(j))) { garbage = true; break; }
        }
        if (f[0] > 9999 || f[3] > 23 || f[4] > 59 || f[5] > 59) return null;
        if (!Temporals.isAcceptableDate(f[0], f[1], f[2], mode)) return null;
        SqlDateTime v;
        if (f[6] >= 1_000_000) { // rounding of the 7th fractional digit carried over
            v = Temporals.round(new SqlDateTime(f[0], f[1], f[2], f[3], f[4], f[5], 999_999), 5);
            v = Temporals.truncate(v, 0);
        } else {
            v = new SqlDateTime(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        }
        return new Result(v, hasTime, garbage);
    }

    private static boolean onlySpaces(String s, int from) {
        for (int j = from; j < s.length(); j++) if (!space(s.charAt(j))) return false;
        return true;
    }

    private static int twoDigitYear(int y) { return y < 70 ? 2000 + y : (y < 100 ? 1900 + y : y); }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int j = from; j < to; j++) v = v * 10 + (s.charAt(j) - '0');
        return v;
    }

    /** Reads fraction digits into f[6] (micros, rounded on the 7th digit); returns the position after them. */
    private static int fraction(String s, int p, int[] f) {
        int micros = 0, count = 0;
        boolean roundUp = false;
        while (p < s.length() && digit(s.charAt(p))) {
            if (count < 6) micros = micros * 10 + (s.charAt(p) - '0');
            else if (count == 6) roundUp = s.charAt(p) >= '5';
            count++;
            p++;
        }
        for (int c = count; c < 6; c++) micros *= 10;
        if (roundUp) micros++;
        f[6] = micros;
        return p;
    }

    // ------------------------------------------------------------------ TIME

    static SqlTime parseTime(String s, Warnings w) {
        int n = s.length(), i = 0;
        while (i < n && space(s.charAt(i))) i++;
        boolean neg = false;
        if (i < n && s.charAt(i) == '-') { neg = true; i++; }
        if (i == n || !digit(s.charAt(i))) {
            w.add(Temporals.incorrect("time", s));
            return null;
        }
        int runEnd = i;
        while (runEnd < n && digit(s.charAt(runEnd))) runEnd++;
        // a full datetime: take its time part
        if (!neg && ((runEnd < n && s.charAt(runEnd) == '-') || runEnd - i >= 12)) {
            Result r = parseDateTime(s, 0);
            if (r == null) {
                w.add(Temporals.incorrect("time", s));
                return null;
            }
            if (r.trailingGarbage()) w.add(Temporals.truncated("time", s));
            return r.value().time();
        }
        long days = 0, h, m = 0, sec = 0;
        int[] frac = new int[7];
        int pos;
        if (runEnd < n && space(s.charAt(runEnd)) && runEnd + 1 < n && digit(s.charAt(runEnd + 1))
                && s.indexOf(':', runEnd) > 0) {
            days = parseLong(s, i, runEnd);
            i = runEnd + 1;
            while (i < n && space(s.charAt(i))) i++;
            runEnd = i;
            while (runEnd < n && digit(s.charAt(runEnd))) runEnd++;
        }
        if (runEnd < n && s.charAt(runEnd) == ':') {
            h = parseLong(s, i, runEnd);
            int p = runEnd + 1;
            int start = p;
            while (p < n && digit(s.charAt(p))) p++;
            if (p == start) { w.add(Temporals.incorrect("time", s)); return null; }
            m = parseLong(s, start, p);
            if (p < n && s.charAt(p) == ':') {
                p++;
                start = p;
                while (p < n && digit(s.charAt(p))) p++;
                if (p > start) sec = parseLong(s, start, p);
                if (p < n && s.charAt(p) == '.') p = fraction(s, p + 1, frac);
            }
            pos = p;
        } else {
            long v = parseLong(s, i, runEnd);
            h = v / 10000;
            m = v / 100 % 100;
            sec = v % 100;
            pos = runEnd;
            if (pos < n && s.charAt(pos) == '.') pos = fraction(s, pos + 1, frac);
        }
        if (m > 59 || sec > 59) {
            w.add(Temporals.incorrect("time", s));
            return null;
        }
        boolean garbage = false;
        for (int j = pos; j < n; j++) if (!space(s.charAt(j))) { garbage = true; break; }
        long total = (((days * 24 + h) * 60 + m) * 60 + sec) * 1_000_000L + frac[6];
        if (total > SqlTime.MAX_MICROS || days > 34 || h > 838 * 2) {
            w.add(Temporals.truncated("time", s));
            total = SqlTime.MAX_MICROS - 999_999;
        } else if (garbage) {
            w.add(Temporals.truncated("time", s));
        }
        return SqlTime.ofMicros(neg ? -total : total);
    }

    private static long parseLong(String s, int from, int to) {
        long v = 0;
        for (int j = from; j < to && j < from + 12; j++) v = v * 10 + (s.charAt(j) - '0');
        return v;
    }

    /** Numbers as TIME: [-]hhmmss[.ffffff]; larger values are datetimes whose time part is taken. */
    static SqlTime timeFromNumber(Object v, Warnings w) {
        long whole;
        int micros = 0;
        boolean neg;
        switch (v) {
            case Long l -> { neg = l < 0; whole = Math.abs(l); }
            case BigDecimal d -> {
                neg = d.signum() < 0;
                BigDecimal a = d.abs();
                whole = a.longValue();
                micros = a.subtract(BigDecimal.valueOf(whole)).movePointRight(6).intValue();
            }
            case Double d -> {
                neg = d < 0;
                double a = Math.abs(d);
                whole = (long) a;
                micros = (int) Math.round((a - whole) * 1e6);
                if (micros >= 1_000_000) micros = 999_999;
            }
            case BitValue b -> { neg = false; whole = b.bits(); }
            default -> { w.add(Temporals.incorrect("time", Values.toText(v))); return null; }
        }
        if (whole >= 10_000_000_000L) {
            SqlDateTime dt = Temporals.numberToDateTime(whole, micros, 0);
            if (dt == null) { w.add(Temporals.incorrect("time", Values.toText(v))); return null; }
            return dt.time();
        }
        long h = whole / 10000, m = whole / 100 % 100, s = whole % 100;
        if (m > 59 || s > 59) {
            w.add(Temporals.incorrect("time", Values.toText(v)));
            return null;
        }
        long total = ((h * 60 + m) * 60 + s) * 1_000_000L + micros;
        if (total > SqlTime.MAX_MICROS) {
            w.add(Temporals.truncated("time", Values.toText(v)));
            total = SqlTime.MAX_MICROS - 999_999;
        }
        return SqlTime.ofMicros(neg ? -total : total);
    }
}
