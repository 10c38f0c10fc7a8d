package io.sprocket.engine.type;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.Warnings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;

/**
 * Conversions to and from DATE, DATETIME/TIMESTAMP and TIME with MySQL's rules: relaxed string formats, numbers
 * such as 20240102, rounding to a fractional-second precision, and the 1292 warnings MySQL gives for bad input.
 * String parsing itself lives in {@link TemporalParser}.
 */
public final class Temporals {
    private Temporals() {}

    /** sql_mode bits that decide which dates are valid. */
    public static final int ALLOW_INVALID_DATES = 1, NO_ZERO_IN_DATE = 2, NO_ZERO_DATE = 4;

    private static final long[] POW10 = {1, 10, 100, 1000, 10000, 100000, 1000000};

    public static boolean isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

    public static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** whole.fraction as a BigDecimal with {@code fsp} decimals (micros truncated to fsp digits). */
    static BigDecimal withFraction(long whole, boolean negative, int micros, int fsp) {
        int f = Math.min(fsp, 6);
        long unscaled = whole * POW10[f] + micros / POW10[6 - f];
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, f);
    }

    /**
     * Whether y-m-d passes the date checks of the given {@code mode} bits: month/day in range, the day exists in
     * the month unless ALLOW_INVALID_DATES, zero parts only without NO_ZERO_IN_DATE, zero date only without
     * NO_ZERO_DATE.
     */
    public static boolean isAcceptableDate(int y, int m, int d, int mode) {
        if (m > 12 || d > 31) return false;
        boolean zeroDate = y == 0 && m == 0 && d == 0;
        if (zeroDate) return (mode & NO_ZERO_DATE) == 0;
        if (m == 0 || d == 0) return (mode & NO_ZERO_IN_DATE) == 0;
        return (mode & ALLOW_INVALID_DATES) != 0 || d <= daysInMonth(y, m);
    }

    // ------------------------------------------------------------------ conversions with warnings

    /**
     * Any value to DATETIME as CAST(v AS DATETIME) and temporal comparisons see it; null (with a 1292 warning)
     * when it is not a valid datetime. Zero dates are allowed.
     */
    public static SqlDateTime toDateTime(Object v, Warnings w) {
        return toDateTime(v, 0, w);
    }

    public static SqlDateTime toDateTime(Object v, int mode, Warnings w) {
        return switch (v) {
            case null -> null;
            case SqlDateTime dt -> dt;
            case SqlDate d -> d.atStartOfDay();
            case SqlTime t -> timeToDateTime(t, LocalDateTime.now());
            case String s -> fromString(s, false, mode, w);
            case byte[] b -> fromString(new String(b, java.nio.charset.StandardCharsets.UTF_8), false, mode, w);
            default -> fromNumber(v, mode, w, "datetime");
        };
    }

    /** Any value to DATE (CAST(v AS DATE)); null with a 1292 warning when invalid. */
    public static SqlDate toDate(Object v, Warnings w) {
        return toDate(v, 0, w);
    }

    public static SqlDate toDate(Object v, int mode, Warnings w) {
        SqlDateTime dt = switch (v) {
            case null -> null;
            case SqlDate d -> { yield d.atStartOfDay(); }
            case String s -> fromString(s, true, mode, w);
            case byte[] b -> fromString(new String(b, java.nio.charset.StandardCharsets.UTF_8), true, mode, w);
            default -> toDateTime(v, mode, w);
        };
        return dt == null ? null : dt.date();
    }

    /** Any value to TIME (CAST(v AS TIME)); null with a 1292 warning when invalid, clipped to +-838:59:59. */
    public static SqlTime toTime(Object v, Warnings w) {
        return switch (v) {
            case null -> null;
            case SqlTime t -> t;
            case SqlDateTime dt -> dt.time();
            case SqlDate d -> SqlTime.ZERO;
            case String s -> TemporalParser.parseTime(s, w);
            case byte[] b -> TemporalParser.parseTime(new String(b, java.nio.charset.StandardCharsets.UTF_8), w);
            default -> TemporalParser.timeFromNumber(v, w);
        };
    }

    /** A TIME on a given day: CAST(time AS DATETIME) uses the current date plus the signed duration. */
    public static SqlDateTime timeToDateTime(SqlTime t, LocalDateTime now) {
        LocalDateTime base = now.toLocalDate().atStartOfDay();
        return SqlDateTime.of(base.plusNanos(t.toMicros() * 1000));
    }

    private static SqlDateTime fromString(String s, boolean dateOnly, int mode, Warnings w) {
        TemporalParser.Result r = TemporalParser.parseDateTime(s, mode);
        if (r == null) {
            w.add(incorrect("datetime", s)); // MySQL says datetime even for CAST(... AS DATE)
            return null;
        }
        if (r.trailingGarbage() || (dateOnly && r.hasTime() && r.value().time().toMicros() != 0)) {
            w.add(truncated(dateOnly ? "date" : "datetime", s));
        }
        return r.value();
    }

    /** Numbers: 20240102, 240102, 20240102101010, 240102101010 (with a fraction for DECIMAL/DOUBLE). */
    static SqlDateTime fromNumber(Object v, int mode, Warnings w, String typeName) {
        long whole;
        int micros = 0;
        switch (v) {
            case Long l -> whole = l;
            case BigDecimal d -> {
                whole = d.longValue();
                micros = d.subtract(BigDecimal.valueOf(whole)).movePointRight(6).abs().intValue();
            }
            case Double d -> {
                whole = (long) d.doubleValue();
                micros = (int) Math.round(Math.abs(d - whole) * 1e6);
                if (micros >= 1_000_000) micros = 999_999;
            }
            case BigInteger b -> whole = -1;
            case BitValue b -> whole = b.bits();
            case JsonValue j -> { w.add(incorrect(typeName, j.toString())); return null; }
            default -> throw new IllegalArgumentException("not a value: " + v.getClass());
        }
        SqlDateTime dt = numberToDateTime(whole, micros, mode);
        if (dt == null) w.add(incorrect(typeName, Values.toText(v)));
        return dt;
    }

    /** MySQL's number_to_datetime: YYMMDD, YYYYMMDD, YYMMDDhhmmss, YYYYMMDDhhmmss; null when not a datetime. */
    public static SqlDateTime numberToDateTime(long nr, int micros, int mode) {
        if (nr == 0) return (mode & NO_ZERO_DATE) == 0 && micros == 0 ? SqlDateTime.ZERO : null;
        if (nr < 101) return null;
        if (nr <= 691231L) nr = (nr + 20000000L) * 1000000L;
        else if (nr < 700101L) return null;
        else if (nr <= 991231L) nr = (nr + 19000000L) * 1000000L;
        else if (nr < 10000101L) return null;
        else if (nr <= 99991231L) nr = nr * 1000000L;
        else if (nr < 101000000L) return null;
        else if (nr <= 691231235959L) nr = nr + 20000000000000L;
        else if (nr < 700101000000L) return null;
        else if (nr <= 991231235959L) nr = nr + 19000000000000L;
        else if (nr < 10000101000000L || nr > 99991231235959L) return null;
        long datePart = nr / 1000000L, timePart = nr % 1000000L;
        int y = (int) (datePart / 10000), m = (int) (datePart / 100 % 100), d = (int) (datePart % 100);
        int hh = (int) (timePart / 10000), mi = (int) (timePart / 100 % 100), ss = (int) (timePart % 100);
        if (hh > 23 || mi > 59 || ss > 59 || !isAcceptableDate(y, m, d, mode)) return null;
        return new SqlDateTime(y, m, d, hh, mi, ss, micros);
    }

    /** A number as a DATETIME for comparison with a temporal, or null when it is not one (no warning). */
    static SqlDateTime numberToDateTimeOrNull(Object v) {
        return switch (v) {
            case Long l -> numberToDateTime(l, 0, 0);
            case BigDecimal d -> d.signum() < 0 ? null : numberToDateTime(d.longValue(),
                    d.subtract(BigDecimal.valueOf(d.longValue())).movePointRight(6).intValue(), 0);
            case Double d -> d < 0 || d > 1e15 ? null : numberToDateTime(d.longValue(), (int) Math.round((d - d.longValue()) * 1e6) % 1_000_000, 0);
            default -> null;
        };
    }

    // ------------------------------------------------------------------ rounding to a precision

    /** Rounds microseconds to {@code fsp} digits (half up), carrying into seconds and beyond. */
    public static SqlDateTime round(SqlDateTime v, int fsp) {
        if (fsp >= 6 || v.micros() == 0) return v;
        long unit = POW10[6 - fsp];
        long rounded = (v.micros() + unit / 2) / unit * unit;
        if (rounded < 1_000_000) {
            return rounded == v.micros() ? v
                    : new SqlDateTime(v.year(), v.month(), v.day(), v.hour(), v.minute(), v.second(), (int) rounded);
        }
        SqlDateTime truncated = new SqlDateTime(v.year(), v.month(), v.day(), v.hour(), v.minute(), v.second(), 0);
        if (truncated.isValidCalendarDate()) {
            LocalDateTime t = truncated.toLocalDateTime().plusSeconds(1);
            return t.getYear() > 9999 ? truncated : SqlDateTime.of(t);
        }
        if (v.second() < 59) {
            return new SqlDateTime(v.year(), v.month(), v.day(), v.hour(), v.minute(), v.second() + 1, 0);
        }
        return truncated; // zero-part dates cannot carry past a minute; keep the truncated value
    }

    /** Truncates microseconds to {@code fsp} digits. */
    public static SqlDateTime truncate(SqlDateTime v, int fsp) {
        if (fsp >= 6) return v;
        long unit = POW10[6 - fsp];
        int m = (int) (v.micros() / unit * unit);
        return m == v.micros() ? v : new SqlDateTime(v.year(), v.month(), v.day(), v.hour(), v.minute(), v.second(), m);
    }

    /** Rounds a TIME's microseconds to {@code fsp} digits (half up, away from zero), clipped to the TIME range. */
    public static SqlTime round(SqlTime v, int fsp) {
        if (fsp >= 6 || v.micros() == 0) return v;
        long unit = POW10[6 - fsp];
        long abs = Math.abs(v.toMicros());
        long r = (abs + unit / 2) / unit * unit;
        if (r > SqlTime.MAX_MICROS) r = SqlTime.MAX_MICROS / unit * unit;
        return SqlTime.ofMicros(v.negative() ? -r : r);
    }

    // ------------------------------------------------------------------ warnings

    /** 1292 "Incorrect datetime value: '...'" (CAST and comparisons). */
    public static Condition incorrect(String typeName, String value) {
        return new Condition(Condition.Level.WARNING, 1292, "22007",
                "Incorrect " + typeName + " value: '" + clip(value) + "'");
    }

    /** 1292 "Truncated incorrect date value: '...'" (valid prefix, ignored rest). */
    public static Condition truncated(String typeName, String value) {
        return new Condition(Condition.Level.WARNING, 1292, "22007",
                "Truncated incorrect " + typeName + " value: '" + clip(value) + "'");
    }

    private static String clip(String s) { return s.length() > 128 ? s.substring(0, 128) : s; }
}
