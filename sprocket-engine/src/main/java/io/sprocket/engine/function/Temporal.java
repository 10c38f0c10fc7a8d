package io.sprocket.engine.function;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import java.math.BigDecimal;

/**
 * Reading DATE / DATETIME / TIME arguments the way MySQL's date functions do: temporal values as they are,
 * strings in the usual delimited or compact forms, numbers as YYYYMMDD[hhmmss]. Invalid input gives null after
 * warning 1292, which the functions turn into a NULL result.
 */
final class Temporal {
    private Temporal() {}

    static boolean isTemporal(Object v) {
        return v instanceof SqlDate || v instanceof SqlDateTime || v instanceof SqlTime;
    }

    static int compare(Object a, Object b) {
        if (a instanceof SqlTime x && b instanceof SqlTime y) return x.compareTo(y);
        return toDateTime(a, null).compareTo(toDateTime(b, null));
    }

    /** A DATETIME view of the argument (a TIME counts from today in MySQL; here from 0000-00-00). */
    static SqlDateTime toDateTime(Object v, FunctionContext c) {
        return switch (v) {
            case null -> null;
            case SqlDateTime t -> t;
            case SqlDate d -> d.atStartOfDay();
            case SqlTime t -> {
                if (c == null) yield new SqlDateTime(0, 0, 0, 0, 0, 0, 0);
                java.time.LocalDate today = java.time.LocalDate.ofInstant(c.statementStart(), c.timeZone());
                java.time.LocalDateTime dt = today.atStartOfDay().plusNanos(t.toMicros() * 1000);
                yield SqlDateTime.of(dt);
            }
            case Long l -> fromNumber(l, v, c);
            case BigDecimal d -> fromNumber(d.longValue(), v, c);
            case Double d -> fromNumber(d.longValue(), v, c);
            default -> parseDateTime(Coercion.str(v), c);
        };
    }

    static SqlDate toDate(Object v, FunctionContext c) {
        SqlDateTime t = toDateTime(v, c);
        return t == null ? null : t.date();
    }

    static SqlTime toTime(Object v, FunctionContext c) {
        return switch (v) {
            case null -> null;
            case SqlTime t -> t;
            case SqlDateTime t -> t.time();
            case SqlDate d -> SqlTime.ZERO;
            case Long l -> timeFromNumber(l, 0, v, c);
            case BigDecimal d -> timeFromNumber(d.longValue(),
                    d.remainder(BigDecimal.ONE).abs().movePointRight(6).intValue(), v, c);
            case Double d -> timeFromNumber(d.longValue(), (int) Math.round(Math.abs(d - d.longValue()) * 1e6), v, c);
            default -> parseTime(Coercion.str(v), c);
        };
    }

    private static SqlDateTime fromNumber(long n, Object original, FunctionContext c) {
        try {
            if (n == 0) return SqlDateTime.ZERO;
            if (n < 0) return invalid("datetime", original, c);
            long date;
            long time = 0;
            if (n >= 10_000_000_000L) {
                date = n / 1_000_000;
                time = n % 1_000_000;
            } else {
                date = n;
            }
            if (date < 1_000_000) { // YYMMDD
                long yy = date / 10000;
                date = (yy < 70 ? 20000000 : 19000000) + date;
            }
            int y = (int) (date / 10000);
            int m = (int) (date / 100 % 100);
            int d = (int) (date % 100);
            return checked(new SqlDateTime(y, m, d, (int) (time / 10000), (int) (time / 100 % 100),
                    (int) (time % 100), 0), original, c);
        } catch (IllegalArgumentException e) {
            return invalid("datetime", original, c);
        }
    }

    private static SqlTime timeFromNumber(long n, int micros, Object original, FunctionContext c) {
        boolean neg = n < 0;
        long a = Math.abs(n);
        if (a >= 10_000_000_000L) {
            SqlDateTime dt = fromNumber(n, original, c);
            return dt == null ? null : dt.time();
        }
        try {
            return new SqlTime(neg, (int) (a / 10000), (int) (a / 100 % 100), (int) (a % 100), micros);
        } catch (IllegalArgumentException e) {
            return invalid("time", original, c);
        }
    }

    private static SqlDateTime checked(SqlDateTime t, Object original, FunctionContext c) {
        if (t.isZero() || t.hasZeroPart()) return t;
        if (!t.isValidCalendarDate()) return invalid("datetime", original, c);
        return t;
    }

    static <T> T invalid(String type, Object original, FunctionContext c) {
        if (c != null) c.warnings().warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE_TEMPORAL, type, Coercion.str(original));
        return null;
    }

    /** 'YYYY-MM-DD[ hh:mm:ss[.ffffff]]', any punctuation as delimiter, or the compact digit forms. */
    static SqlDateTime parseDateTime(String s, FunctionContext c) {
        String t = s.trim();
        int[] parts = new int[7];
        int count = 0;
        int i = 0;
        int n = t.length();
        if (n > 0 && allDigits(t)) {
            try {
                return fromNumber(Long.parseLong(t), s, c);
            } catch (NumberFormatException e) {
                return invalid("datetime", s, c);
            }
        }
        int firstLen = 0;
        while (i < n && count < 7) {
            int start = i;
            long value = 0;
            while (i < n && Character.isDigit(t.charAt(i))) {
                value = value * 10 + (t.charAt(i) - '0');
                i++;
            }
            if (i == start) return invalid("datetime", s, c);
            int len = i - start;
            if (count == 0) firstLen = len;
            if (count == 6) {
                // fraction: scale to microseconds (round beyond 6 digits by truncation)
                String frac = t.substring(start, i);
                frac = frac.length() > 6 ? frac.substring(0, 6) : (frac + "000000").substring(0, 6);
                value = Integer.parseInt(frac);
            }
            parts[count++] = (int) Math.min(value, Integer.MAX_VALUE);
            if (i >= n) break;
            char sep = t.charAt(i);
            if (count == 5 && sep == '.') {
                i++;
                continue;
            }
            if (count == 3 && (sep == 'T' || sep == ' ')) {
                while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == 'T')) i++;
                continue;
            }
            if (Character.isLetterOrDigit(sep)) return invalid("datetime", s, c);
            i++;
        }
        if (i < n || count < 3) return invalid("datetime", s, c);
        if (firstLen <= 2) parts[0] += parts[0] < 70 ? 2000 : 1900;
        try {
            return checked(new SqlDateTime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]), s, c);
        } catch (IllegalArgumentException e) {
            return invalid("datetime", s, c);
        }
    }

    private static boolean allDigits(String t) {
        for (int i = 0; i < t.length(); i++) if (!Character.isDigit(t.charAt(i))) return false;
        return true;
    }

    /** '[-][D ]hh:mm[:ss[.ffffff]]', 'hhmmss', or a full datetime whose time part is taken. */
    static SqlTime parseTime(String s, FunctionContext c) {
        String t = s.trim();
        boolean neg = t.startsWith("-");
        if (neg) t = t.substring(1).trim();
        try {
            if (t.indexOf('-') > 0 || (t.indexOf(' ') > 0 && t.indexOf(' ') >= 4)) {
                SqlDateTime dt = parseDateTime(t, null);
                if (dt != null) return dt.time();
            }
            long days = 0;
            int sp = t.indexOf(' ');
            if (sp > 0) {
                days = Long.parseLong(t.substring(0, sp));
                t = t.substring(sp + 1).trim();
            }
            int micros = 0;
            int dot = t.indexOf('.');
            if (dot >= 0) {
                String frac = (t.substring(dot + 1) + "000000").substring(0, 6);
                micros = Integer.parseInt(frac);
                t = t.substring(0, dot);
            }
            long h;
            long m = 0;
            long sec = 0;
            if (t.indexOf(':') >= 0) {
                String[] p = t.split(":", -1);
                if (p.length > 3) return invalid("time", s, c);
                h = Long.parseLong(p[0]);
                if (p.length > 1) m = Long.parseLong(p[1]);
                if (p.length > 2) sec = Long.parseLong(p[2]);
            } else {
                long v = Long.parseLong(t);
                h = v / 10000;
                m = v / 100 % 100;
                sec = v % 100;
            }
            h += days * 24;
            if (m > 59 || sec > 59) return invalid("time", s, c);
            long total = ((h * 60 + m) * 60 + sec) * 1_000_000L + micros;
            if (total > SqlTime.MAX_MICROS) {
                if (c != null) c.warnings().warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "time", s);
                total = SqlTime.MAX_MICROS;
            }
            return SqlTime.ofMicros(neg ? -total : total);
        } catch (NumberFormatException e) {
            return invalid("time", s, c);
        }
    }
}
