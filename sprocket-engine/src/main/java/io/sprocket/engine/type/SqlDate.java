package io.sprocket.engine.type;

import java.time.LocalDate;

/**
 * A DATE value. Zero dates ({@code 0000-00-00}) and zero parts ({@code 2024-00-10}) are representable because
 * MySQL allows them unless NO_ZERO_DATE / NO_ZERO_IN_DATE forbid them on store.
 */
public record SqlDate(int year, int month, int day) implements Comparable<SqlDate> {
    public static final SqlDate ZERO = new SqlDate(0, 0, 0);

    public SqlDate {
        if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31) {
            throw new IllegalArgumentException("date out of range: " + year + "-" + month + "-" + day);
        }
    }

    public static SqlDate of(LocalDate d) { return new SqlDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    public boolean isZero() { return year == 0 && month == 0 && day == 0; }

    /** Month or day is zero (but not the whole date). */
    public boolean hasZeroPart() { return !isZero() && (month == 0 || day == 0); }

    /** A real calendar date (no zero parts, day exists in the month, year >= 1). */
    public boolean isValidCalendarDate() {
        return year >= 1 && month >= 1 && day >= 1 && day <= Temporals.daysInMonth(year, month);
    }

    /** The java.time date; only for {@link #isValidCalendarDate()} values. */
    public LocalDate toLocalDate() { return LocalDate.of(year, month, day); }

    public SqlDateTime atStartOfDay() { return new SqlDateTime(year, month, day, 0, 0, 0, 0); }

    /** YYYYMMDD as MySQL's numeric context sees a DATE. */
    public long toNumber() { return year * 10000L + month * 100L + day; }

    public long packed() { return (year * 13L + month) * 32 + day; }

    @Override
    public int compareTo(SqlDate o) { return Long.compare(packed(), o.packed()); }

    /** {@code YYYY-MM-DD}. */
    @Override
    public String toString() { return TextFormat.date(this); }
}
