package io.sprocket.engine.function;

import static io.sprocket.engine.function.Coercion.toLong;
import static io.sprocket.engine.function.Text.anyNull;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Current time, part extraction, calendar arithmetic and conversions. NOW() and friends read the statement start
 * (fixed for the statement); SYSDATE() reads the clock. Inputs that are not valid dates give NULL with 1292.
 * Interval units are passed as their keyword text: date_add(date, value, 'DAY_SECOND'), extract('YEAR', d),
 * timestampadd('MINUTE', n, d), timestampdiff('MONTH', a, b).
 */
final class DateTimeFunctions {
    private DateTimeFunctions() {}

    static final long MICROS_PER_DAY = 86_400_000_000L;
    /** TO_DAYS('1970-01-01'). */
    static final long EPOCH_DAY_NUMBER = 719_528;

    static void register(FunctionRegistry.Builder b) {
        b.addVolatile("now", 0, 1, ResultTypeRule.DATETIME_WITH_FSP_ARGUMENT, (a, c) -> now(c.statementStart(), c.timeZone(), fsp(a, c, "now")));
        b.alias("current_timestamp", "now");
        b.alias("localtime", "now");
        b.alias("localtimestamp", "now");
        b.addVolatile("sysdate", 0, 1, ResultTypeRule.DATETIME_WITH_FSP_ARGUMENT,
                (a, c) -> now(Instant.now(), c.timeZone(), fsp(a, c, "sysdate")));
        b.addVolatile("curdate", 0, 0, ResultTypeRule.DATE, (a, c) -> now(c.statementStart(), c.timeZone(), 0).date());
        b.alias("current_date", "curdate");
        b.addVolatile("curtime", 0, 1, ResultTypeRule.TIME_WITH_FSP_ARGUMENT,
                (a, c) -> now(c.statementStart(), c.timeZone(), fsp(a, c, "curtime")).time());
        b.alias("current_time", "curtime");
        b.addVolatile("utc_date", 0, 0, ResultTypeRule.DATE, (a, c) -> now(c.statementStart(), ZoneOffset.UTC, 0).date());
        b.addVolatile("utc_time", 0, 1, ResultTypeRule.TIME_WITH_FSP_ARGUMENT,
                (a, c) -> now(c.statementStart(), ZoneOffset.UTC, fsp(a, c, "utc_time")).time());
        b.addVolatile("utc_timestamp", 0, 1, ResultTypeRule.DATETIME_WITH_FSP_ARGUMENT,
                (a, c) -> now(c.statementStart(), ZoneOffset.UTC, fsp(a, c, "utc_timestamp")));

        b.add("date", 1, 1, ResultTypeRule.DATE, (a, c) -> Temporal.toDate(a[0], c));
        b.add("time", 1, 1, ResultTypeRule.TIME, (a, c) -> Temporal.toTime(a[0], c));
        b.add("year", 1, 1, ResultTypeRule.INTEGER, (a, c) -> part(a[0], c, d -> (long) d.year()));
        b.add("month", 1, 1, ResultTypeRule.INTEGER, (a, c) -> part(a[0], c, d -> (long) d.month()));
        b.add("dayofmonth", 1, 1, ResultTypeRule.INTEGER, (a, c) -> part(a[0], c, d -> (long) d.day()));
        b.alias("day", "dayofmonth");
        b.add("quarter", 1, 1, ResultTypeRule.INTEGER, (a, c) -> part(a[0], c, d -> (long) (d.month() + 2) / 3));
        b.add("hour", 1, 1, ResultTypeRule.INTEGER, (a, c) -> timePart(a[0], c, t -> (long) t.hour()));
        b.add("minute", 1, 1, ResultTypeRule.INTEGER, (a, c) -> timePart(a[0], c, t -> (long) t.minute()));
        b.add("second", 1, 1, ResultTypeRule.INTEGER, (a, c) -> timePart(a[0], c, t -> (long) t.second()));
        b.add("microsecond", 1, 1, ResultTypeRule.INTEGER, (a, c) -> timePart(a[0], c, t -> (long) t.micros()));
        b.add("dayofweek", 1, 1, ResultTypeRule.INTEGER,
                (a, c) -> calendar(a[0], c, d -> (long) d.getDayOfWeek().getValue() % 7 + 1));
        b.add("weekday", 1, 1, ResultTypeRule.INTEGER, (a, c) -> calendar(a[0], c, d -> (long) d.getDayOfWeek().getValue() - 1));
        b.add("dayofyear", 1, 1, ResultTypeRule.INTEGER, (a, c) -> calendar(a[0], c, d -> (long) d.getDayOfYear()));
        b.add("dayname", 1, 1, ResultTypeRule.STRING,
                (a, c) -> calendar(a[0], c, d -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        b.add("monthname", 1, 1, ResultTypeRule.STRING, (a, c) -> part(a[0], c, d -> d.month() == 0 ? null
                : java.time.Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        b.add("last_day", 1, 1, ResultTypeRule.DATE, (a, c) -> calendar(a[0], c,
                d -> SqlDate.of(d.withDayOfMonth(d.lengthOfMonth()))));
        b.add("week", 1, 2, ResultTypeRule.INTEGER, (a, c) -> {
            if (anyNull(a)) return null;
            int mode = a.length > 1 ? (int) (toLong(a[1], c) & 7) : 0;
            return calendar(a[0], c, d -> (long) Weeks.week(d, mode)[1]);
        });
        b.add("weekofyear", 1, 1, ResultTypeRule.INTEGER, (a, c) -> calendar(a[0], c, d -> (long) Weeks.week(d, 3)[1]));
        b.add("yearweek", 1, 2, ResultTypeRule.INTEGER, (a, c) -> {
            if (anyNull(a)) return null;
            int mode = (a.length > 1 ? (int) (toLong(a[1], c) & 7) : 0) | 2; // YEARWEEK always uses the 1-53 range
            return calendar(a[0], c, d -> {
                int[] w = Weeks.week(d, mode);
                return w[0] * 100L + w[1];
            });
        });
        DateArithmetic.register(b);
        DateFormats.register(b);
    }

    static int fsp(Object[] a, FunctionContext c, String name) {
        if (a.length == 0 || a[0] == null) return 0;
        long fsp = toLong(a[0], c);
        if (fsp < 0 || fsp > 6) throw new SqlException(ErrorCode.ER_TOO_BIG_PRECISION, fsp, name, 6);
        return (int) fsp;
    }

    static SqlDateTime now(Instant instant, ZoneId zone, int fsp) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        int micros = t.getNano() / 1000;
        int unit = (int) Math.pow(10, 6 - fsp);
        return new SqlDateTime(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), micros / unit * unit);
    }

    /** A date part that zero dates and zero parts also have (YEAR, MONTH, DAY, QUARTER, MONTHNAME). */
    private static Object part(Object v, FunctionContext c, java.util.function.Function<SqlDate, Object> f) {
        if (v == null) return null;
        if (v instanceof SqlTime) v = Temporal.toDateTime(v, c);
        SqlDate d = Temporal.toDate(v, c);
        return d == null ? null : f.apply(d);
    }

    private static Object timePart(Object v, FunctionContext c, java.util.function.Function<SqlTime, Object> f) {
        if (v == null) return null;
        SqlTime t = Temporal.toTime(v, c);
        return t == null ? null : f.apply(t);
    }

    /** A part that needs a real calendar date: zero dates and zero parts give NULL. */
    static Object calendar(Object v, FunctionContext c, java.util.function.Function<LocalDate, Object> f) {
        LocalDate d = localDate(v, c);
        return d == null ? null : f.apply(d);
    }

    static LocalDate localDate(Object v, FunctionContext c) {
        if (v == null) return null;
        SqlDate d = Temporal.toDate(v, c);
        if (d == null) return null;
        if (!d.isValidCalendarDate()) {
            if (!d.isZero() || c.sqlMode(SqlModeFlag.NO_ZERO_DATE)) {
                Temporal.invalid("datetime", v, c);
            }
            return null;
        }
        return d.toLocalDate();
    }

    static LocalDateTime localDateTime(Object v, FunctionContext c) {
        if (v == null) return null;
        SqlDateTime d = Temporal.toDateTime(v, c);
        if (d == null) return null;
        if (!d.isValidCalendarDate()) {
            Temporal.invalid("datetime", v, c);
            return null;
        }
        return d.toLocalDateTime();
    }

    /** MySQL's week numbering for WEEK() modes 0-7. */
    static final class Weeks {
        private Weeks() {}

        /** {year, week} of the date in the given mode. */
        static int[] week(LocalDate d, int mode) {
            boolean mondayFirst = (mode & 1) != 0;
            boolean range1to53 = (mode & 2) != 0;
            // Modes 1, 3, 4, 6: week 1 is the first week with 4+ days in the year; else the first with a start day.
            boolean fourDays = mode == 1 || mode == 3 || mode == 4 || mode == 6;
            DayOfWeek first = mondayFirst ? DayOfWeek.MONDAY : DayOfWeek.SUNDAY;
            int year = d.getYear();
            LocalDate start = weekOneStart(year, first, fourDays);
            if (d.isBefore(start)) {
                if (!range1to53) return new int[] {year, 0};
                LocalDate prevStart = weekOneStart(year - 1, first, fourDays);
                return new int[] {year - 1, (int) ((d.toEpochDay() - prevStart.toEpochDay()) / 7) + 1};
            }
            if (range1to53) {
                LocalDate nextStart = weekOneStart(year + 1, first, fourDays);
                if (!d.isBefore(nextStart)) return new int[] {year + 1, 1};
            }
            return new int[] {year, (int) ((d.toEpochDay() - start.toEpochDay()) / 7) + 1};
        }

        private static LocalDate weekOneStart(int year, DayOfWeek first, boolean fourDays) {
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            int offset = Math.floorMod(jan1.getDayOfWeek().getValue() - first.getValue(), 7);
            if (fourDays) return offset <= 3 ? jan1.minusDays(offset) : jan1.plusDays(7 - offset);
            return offset == 0 ? jan1 : jan1.plusDays(7 - offset);
        }
    }
}
