package io.sprocket.engine.type;

import java.time.LocalDateTime;

/**
 * A DATETIME or TIMESTAMP value with microseconds. The fractional-second precision (fsp) belongs to the type,
 * not the value: {@code micros} always holds the full microseconds (already rounded to the column's fsp on store).
 */
public record SqlDateTime(int year, int month, int day, int hour, int minute, int second, int micros)
        implements Comparable<SqlDateTime> {
    public static final SqlDateTime ZERO = new SqlDateTime(0, 0, 0, 0, 0, 0, 0);

    public SqlDateTime {
        if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59 || micros < 0 || micros > 999_999) {
            throw new IllegalArgumentException("datetime out of range");
        }
    }

    public static SqlDateTime of(LocalDateTime t) {
        return new SqlDateTime(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getNano() / 1000);
    }

    public static SqlDateTime of(SqlDate d, SqlTime timeOfDay) {
        return new SqlDateTime(d.year(), d.month(), d.day(), timeOfDay.hour(), timeOfDay.minute(),
                timeOfDay.second(), timeOfDay.micros());
    }

    public SqlDate date() { return new SqlDate(year, month, day); }

    /** The time-of-day part as a TIME. */
    public SqlTime time() { return new SqlTime(false, hour, minute, second, micros); }

    public boolean isZero() { return year == 0 && month == 0 && day == 0 && hour == 0 && minute == 0 && second == 0 && micros == 0; }

    public boolean hasZeroPart() { return !(year == 0 && month == 0 && day == 0) && (month == 0 || day == 0); }

    public boolean isValidCalendarDate() {
        return year >= 1 && month >= 1 && day >= 1 && day <= Temporals.daysInMonth(year, month);
    }

    /** The java.time value; only for {@link #isValidCalendarDate()} values. */
    public LocalDateTime toLocalDateTime() {
        return LocalDateTime.of(year, month, day, hour, minute, second, micros * 1000);
    }

    /** Numeric context: YYYYMMDDhhmmss as a Long for fsp 0, else a BigDecimal with fsp decimals. */
    public Object toNumber(int fsp) {
        long whole = ((year * 10000L + month * 100L + day) * 1_000_000L) + hour * 10000L + minute * 100L + second;
        return fsp <= 0 ? (Object) whole : Temporals.withFraction(whole, false, micros, fsp);
    }

    /** A long that orders like the value (for comparison and index keys). */
    public long packed() {
        return ((((year * 13L + month) * 32 + day) * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L + micros;
    }

    @Override
    public int compareTo(SqlDateTime o) { return Long.compare(packed(), o.packed()); }

    /** {@code YYYY-MM-DD hh:mm:ss[.ffffff]} with the fraction shown only when non-zero (use TextFormat for a fixed fsp). */
    @Override
    public String toString() { return TextFormat.dateTime(this, micros == 0 ? 0 : 6); }
}
