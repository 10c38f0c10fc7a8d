package io.sprocket.engine.function;

import static io.sprocket.engine.function.Coercion.toLong;
import static io.sprocket.engine.function.Text.anyNull;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Calendar arithmetic and conversions between temporal values and numbers. A string argument gives a string
 * result (as MySQL's DATE_ADD over a string is a VARCHAR); temporal arguments give temporal values.
 */
final class DateArithmetic {
    private DateArithmetic() {}

    private static final long MICROS_PER_DAY = DateTimeFunctions.MICROS_PER_DAY;
    private static final int MAX_YEAR = 9999;

    static void register(FunctionRegistry.Builder b) {
        b.add("date_add", 3, 3, true, ResultTypeRule.TEMPORAL_ARITHMETIC, () -> {
            IntervalUnit.Site unit = new IntervalUnit.Site();
            return (a, c) -> anyNull(a) ? null : add(a[0], a[1], unit.of(a[2]), 1, c);
        });
        b.add("date_sub", 3, 3, true, ResultTypeRule.TEMPORAL_ARITHMETIC, () -> {
            IntervalUnit.Site unit = new IntervalUnit.Site();
            return (a, c) -> anyNull(a) ? null : add(a[0], a[1], unit.of(a[2]), -1, c);
        });
        b.add("adddate", 2, 3, true, ResultTypeRule.TEMPORAL_ARITHMETIC, () -> {
            IntervalUnit.Site unit = new IntervalUnit.Site();
            return (a, c) -> anyNull(a) ? null
                    : add(a[0], a[1], a.length == 3 ? unit.of(a[2]) : IntervalUnit.DAY, 1, c);
        });
        b.add("subdate", 2, 3, true, ResultTypeRule.TEMPORAL_ARITHMETIC, () -> {
            IntervalUnit.Site unit = new IntervalUnit.Site();
            return (a, c) -> anyNull(a) ? null
                    : add(a[0], a[1], a.length == 3 ? unit.of(a[2]) : IntervalUnit.DAY, -1, c);
        });
        b.add("timestampadd", 3, 3, true, ResultTypeRule.DATETIME, () -> {
            IntervalUnit.Site unit = new IntervalUnit.Site();
            return (a, c) -> anyNull(a) ? null : add(a[2], a[1], unit.of(a[0]), 1, c);
        });
        b.add("addtime", 2, 2, ResultTypeRule.FIRST_ARGUMENT, (a, c) -> anyNull(a) ? null : addTime(a[0], a[1], 1, c));
        b.add("subtime", 2, 2, ResultTypeRule.FIRST_ARGUMENT, (a, c) -> anyNull(a) ? null : addTime(a[0], a[1], -1, c));
        b.add("datediff", 2, 2, ResultTypeRule.INTEGER, (a, c) -> {
            LocalDate x = DateTimeFunctions.localDate(a[0], c);
            LocalDate y = DateTimeFunctions.localDate(a[1], c);
            return x == null || y == null ? null : x.toEpochDay() - y.toEpochDay();
        });
        b.add("timediff", 2, 2, ResultTypeRule.TIME, DateArithmetic::timeDiff);
        b.add("timestampdiff", 3, 3, ResultTypeRule.INTEGER, DateArithmetic::timestampDiff);
        b.add("to_days", 1, 1, ResultTypeRule.INTEGER, (a, c) -> DateTimeFunctions.calendar(a[0], c,
                d -> d.toEpochDay() + DateTimeFunctions.EPOCH_DAY_NUMBER));
        b.add("from_days", 1, 1, ResultTypeRule.DATE, (a, c) -> {
            if (a[0] == null) return null;
            long n = toLong(a[0], c);
            long epochDay = n - DateTimeFunctions.EPOCH_DAY_NUMBER;
            if (n < 366 || epochDay > LocalDate.of(MAX_YEAR, 12, 31).toEpochDay()) return SqlDate.ZERO;
            return SqlDate.of(LocalDate.ofEpochDay(epochDay));
        });
        b.add("to_seconds", 1, 1, ResultTypeRule.INTEGER, (a, c) -> {
            LocalDateTime t = DateTimeFunctions.localDateTime(a[0], c);
            if (t == null) return null;
            return (t.toLocalDate().toEpochDay() + DateTimeFunctions.EPOCH_DAY_NUMBER) * 86400 + t.toLocalTime().toSecondOfDay();
        });
        b.addVolatile("unix_timestamp", 0, 1, ResultTypeRule.UNIX_TIMESTAMP, DateArithmetic::unixTimestamp);
        b.add("from_unixtime", 1, 2, ResultTypeRule.DATETIME, DateArithmetic::fromUnixTime);
        b.add("makedate", 2, 2, ResultTypeRule.DATE, (a, c) -> {
            if (anyNull(a)) return null;
            long year = toLong(a[0], c);
            long day = toLong(a[1], c);
            if (day <= 0 || year < 0 || year > MAX_YEAR) return null;
            if (year < 100) year += year < 70 ? 2000 : 1900;
            LocalDate d = LocalDate.of((int) year, 1, 1).plusDays(day - 1);
            return d.getYear() > MAX_YEAR ? null : SqlDate.of(d);
        });
        b.add("maketime", 3, 3, ResultTypeRule.TIME, (a, c) -> {
            if (anyNull(a)) return null;
            long h = toLong(a[0], c);
            long m = toLong(a[1], c);
            BigDecimal s = Coercion.toDecimal(a[2], c);
            if (m < 0 || m > 59 || s.signum() < 0 || s.compareTo(BigDecimal.valueOf(60)) >= 0) return null;
            long micros = (Math.abs(h) * 3600 + m * 60) * 1_000_000L + s.movePointRight(6).longValue();
            return clampTime(h < 0 ? -micros : micros, Coercion.str(a[0]) + ":" + m + ":" + s.toPlainString(), c);
        });
        b.add("sec_to_time", 1, 1, ResultTypeRule.TIME, (a, c) -> {
            if (a[0] == null) return null;
            BigDecimal s = Coercion.toDecimal(a[0], c);
            return clampTime(s.movePointRight(6).setScale(0, java.math.RoundingMode.DOWN).longValue(),
                    Coercion.str(a[0]), c);
        });
        b.add("time_to_sec", 1, 1, ResultTypeRule.INTEGER, (a, c) -> {
            if (a[0] == null) return null;
            SqlTime t = Temporal.toTime(a[0], c);
            if (t == null) return null;
            long micros = t.toMicros();
            return micros % 1_000_000 == 0 ? (Object) (micros / 1_000_000) : BigDecimal.valueOf(micros, 6);
        });
        b.add("extract", 2, 2, ResultTypeRule.INTEGER, (a, c) -> anyNull(a) ? null : extract(IntervalUnit.of(a[0]), a[1], c));
        b.add("period_add", 2, 2, ResultTypeRule.INTEGER, (a, c) -> {
            if (anyNull(a)) return null;
            long p = toLong(a[0], c);
            if (p == 0) return 0L;
            long months = periodToMonths(p) + toLong(a[1], c);
            return months / 12 * 100 + months % 12 + 1;
        });
        b.add("period_diff", 2, 2, ResultTypeRule.INTEGER,
                (a, c) -> anyNull(a) ? null : periodToMonths(toLong(a[0], c)) - periodToMonths(toLong(a[1], c)));
        b.add("convert_tz", 3, 3, ResultTypeRule.DATETIME, DateArithmetic::convertTz);
    }

    private static boolean hasDatePartOnly(Object v) {
        if (v instanceof SqlDate) return true;
        if (v instanceof String s) return s.indexOf(':') < 0 && s.trim().indexOf(' ') < 0;
        if (v instanceof Long l) return Math.abs(l) < 100_000_000L;
        return false;
    }

    static Object add(Object base, Object value, IntervalUnit unit, int sign, FunctionContext c) {
        IntervalUnit.Amount amount;
        try {
            amount = unit.amount(value, c);
        } catch (ArithmeticException e) {
            c.warnings().warn(ErrorCode.ER_DATETIME_FUNCTION_OVERFLOW, "datetime");
            return null;
        }
        if (amount == null) return null;
        if (base instanceof SqlTime t && !unit.months) {
            return clampTime(t.toMicros() + sign * amount.micros(), Coercion.str(base), c);
        }
        LocalDateTime t = DateTimeFunctions.localDateTime(base, c);
        if (t == null) return null;
        LocalDateTime r;
        try {
            r = amount.months() != 0 ? t.plusMonths(sign * amount.months()) : t;
            r = r.plus(sign * amount.micros(), ChronoUnit.MICROS);
        } catch (DateTimeException | ArithmeticException e) {
            r = null;
        }
        if (r == null || r.getYear() < 0 || r.getYear() > MAX_YEAR) {
            c.warnings().warn(ErrorCode.ER_DATETIME_FUNCTION_OVERFLOW, "datetime");
            return null;
        }
        boolean dateOnly = hasDatePartOnly(base) && unit.dateOnly();
        SqlDateTime dt = SqlDateTime.of(r);
        Object result = dateOnly ? dt.date() : dt;
        return base instanceof String || base instanceof byte[] ? result.toString() : result;
    }

    static SqlTime clampTime(long micros, String original, FunctionContext c) {
        if (Math.abs(micros) > SqlTime.MAX_MICROS) {
            c.warnings().warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "time", original);
            micros = micros < 0 ? -SqlTime.MAX_MICROS : SqlTime.MAX_MICROS;
            micros -= micros % 1_000_000; // MySQL clamps to 838:59:59 without a fraction
        }
        return SqlTime.ofMicros(micros);
    }

    private static boolean isDateTimeLike(Object v) {
        if (v instanceof SqlDateTime || v instanceof SqlDate) return true;
        if (v instanceof String s) {
            String t = s.trim();
            int dash = t.indexOf('-', 1);
            return dash > 0 && (t.indexOf(':') < 0 || dash < t.indexOf(':'));
        }
        return false;
    }

    private static Object addTime(Object a, Object b, int sign, FunctionContext c) {
        SqlTime delta = Temporal.toTime(b, c);
        if (delta == null) return null;
        if (isDateTimeLike(a)) {
            LocalDateTime t = DateTimeFunctions.localDateTime(a, c);
            if (t == null) return null;
            LocalDateTime r = t.plus(sign * delta.toMicros(), ChronoUnit.MICROS);
            SqlDateTime dt = SqlDateTime.of(r);
            return a instanceof String ? dt.toString() : dt;
        }
        SqlTime t = Temporal.toTime(a, c);
        if (t == null) return null;
        SqlTime r = clampTime(t.toMicros() + sign * delta.toMicros(), Coercion.str(a), c);
        return a instanceof String ? r.toString() : r;
    }

    private static Object timeDiff(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        boolean dtA = isDateTimeLike(a[0]);
        boolean dtB = isDateTimeLike(a[1]);
        if (dtA != dtB) return null;
        long micros;
        if (dtA) {
            LocalDateTime x = DateTimeFunctions.localDateTime(a[0], c);
            LocalDateTime y = DateTimeFunctions.localDateTime(a[1], c);
            if (x == null || y == null) return null;
            micros = ChronoUnit.MICROS.between(y, x);
        } else {
            SqlTime x = Temporal.toTime(a[0], c);
            SqlTime y = Temporal.toTime(a[1], c);
            if (x == null || y == null) return null;
            micros = x.toMicros() - y.toMicros();
        }
        return clampTime(micros, Long.toString(micros / 1_000_000), c);
    }

    private static Object timestampDiff(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        IntervalUnit unit = IntervalUnit.of(a[0]);
        LocalDateTime x = DateTimeFunctions.localDateTime(a[1], c);
        LocalDateTime y = DateTimeFunctions.localDateTime(a[2], c);
        if (x == null || y == null) return null;
        if (unit.months) {
            long months = (y.getYear() * 12L + y.getMonthValue()) - (x.getYear() * 12L + x.getMonthValue());
            // A month only counts once the day of month and time of day have been reached again.
            int rest = compareRest(y, x);
            if (months > 0 && rest < 0) months--;
            if (months < 0 && rest > 0) months++;
            return switch (unit) {
                case QUARTER -> months / 3;
                case YEAR -> months / 12;
                default -> months;
            };
        }
        long micros = ChronoUnit.MICROS.between(x, y);
        long per = switch (unit) {
            case MICROSECOND -> 1L;
            case SECOND -> 1_000_000L;
            case MINUTE -> 60_000_000L;
            case HOUR -> 3_600_000_000L;
            case DAY -> MICROS_PER_DAY;
            case WEEK -> 7 * MICROS_PER_DAY;
            default -> throw FunctionRegistry.wrongArguments("timestampdiff");
        };
        return micros / per;
    }

    /** Compares day of month, then time of day (MySQL's rule for whole months between two datetimes). */
    private static int compareRest(LocalDateTime a, LocalDateTime b) {
        int d = Integer.compare(a.getDayOfMonth(), b.getDayOfMonth());
        return d != 0 ? d : a.toLocalTime().compareTo(b.toLocalTime());
    }

    private static Object unixTimestamp(Object[] a, FunctionContext c) {
        if (a.length == 0) return c.statementStart().getEpochSecond();
        if (a[0] == null) return null;
        LocalDateTime t = DateTimeFunctions.localDateTime(a[0], c);
        if (t == null) return null;
        java.time.Instant i = t.atZone(c.timeZone()).toInstant();
        if (i.getEpochSecond() < 0 || i.getEpochSecond() > 32_536_771_199L) return 0L;
        if (i.getNano() == 0) return i.getEpochSecond();
        return BigDecimal.valueOf(i.getEpochSecond()).add(BigDecimal.valueOf(i.getNano() / 1000, 6));
    }

    private static Object fromUnixTime(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        BigDecimal s = Coercion.toDecimal(a[0], c);
        if (s.signum() < 0 || s.compareTo(BigDecimal.valueOf(32_536_771_199L)) > 0) return null;
        long micros = s.movePointRight(6).longValue();
        java.time.Instant i = java.time.Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
        SqlDateTime dt = SqlDateTime.of(LocalDateTime.ofInstant(i, c.timeZone()));
        if (a.length == 2) return DateFormats.format(dt, Coercion.str(a[1]), c);
        return dt;
    }

    private static Object extract(IntervalUnit unit, Object v, FunctionContext c) {
        if (unit.months || unit == IntervalUnit.DAY || unit == IntervalUnit.WEEK || unit.name().startsWith("DAY_")) {
            if (v instanceof SqlTime || (v instanceof String s && !isDateTimeLike(s))) {
                SqlTime t = Temporal.toTime(v, c);
                if (t == null) return null;
                long sign = t.negative() ? -1 : 1;
                return switch (unit) {
                    case DAY -> sign * (t.hour() / 24);
                    case DAY_HOUR -> sign * ((t.hour() / 24) * 100L + t.hour() % 24);
                    case DAY_MINUTE -> sign * ((t.hour() / 24) * 10000L + (t.hour() % 24) * 100L + t.minute());
                    case DAY_SECOND -> sign * ((t.hour() / 24) * 1000000L + (t.hour() % 24) * 10000L + t.minute() * 100L
                            + t.second());
                    default -> 0L;
                };
            }
            SqlDateTime d = Temporal.toDateTime(v, c);
            if (d == null) return null;
            return switch (unit) {
                case YEAR -> (long) d.year();
                case QUARTER -> (long) (d.month() + 2) / 3;
                case MONTH -> (long) d.month();
                case YEAR_MONTH -> d.year() * 100L + d.month();
                case WEEK -> d.isValidCalendarDate() ? (long) DateTimeFunctions.Weeks.week(d.date().toLocalDate(), 0)[1] : null;
                case DAY -> (long) d.day();
                case DAY_HOUR -> d.day() * 100L + d.hour();
                case DAY_MINUTE -> d.day() * 10000L + d.hour() * 100L + d.minute();
                case DAY_SECOND -> d.day() * 1000000L + d.hour() * 10000L + d.minute() * 100L + d.second();
                case DAY_MICROSECOND -> (d.day() * 1000000L + d.hour() * 10000L + d.minute() * 100L + d.second())
                        * 1000000L + d.micros();
                default -> throw new IllegalStateException();
            };
        }
        SqlTime t = Temporal.toTime(v, c);
        if (t == null) return null;
        long sign = t.negative() ? -1 : 1;
        long hms = t.hour() * 10000L + t.minute() * 100L + t.second();
        return sign * switch (unit) {
            case HOUR -> (long) t.hour();
            case MINUTE -> (long) t.minute();
            case SECOND -> (long) t.second();
            case MICROSECOND -> (long) t.micros();
            case HOUR_MINUTE -> t.hour() * 100L + t.minute();
            case HOUR_SECOND -> hms;
            case MINUTE_SECOND -> t.minute() * 100L + t.second();
            case HOUR_MICROSECOND -> hms * 1000000L + t.micros();
            case MINUTE_MICROSECOND -> (t.minute() * 100L + t.second()) * 1000000L + t.micros();
            case SECOND_MICROSECOND -> t.second() * 1000000L + t.micros();
            default -> throw new IllegalStateException();
        };
    }

    private static long periodToMonths(long p) {
        long year = p / 100;
        if (year < 100) year += year < 70 ? 2000 : 1900;
        return year * 12 + p % 100 - 1;
    }

    private static Object convertTz(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        ZoneId from = zone(Coercion.str(a[1]), c);
        ZoneId to = zone(Coercion.str(a[2]), c);
        if (from == null || to == null) return null;
        LocalDateTime t = DateTimeFunctions.localDateTime(a[0], c);
        if (t == null) return null;
        LocalDateTime r = t.atZone(from).withZoneSameInstant(to).toLocalDateTime();
        return SqlDateTime.of(r);
    }

    /** '+hh:mm' / '-hh:mm' offsets, 'SYSTEM', or a named zone; null when unknown. */
    static ZoneId zone(String name, FunctionContext c) {
        String n = name.trim();
        if (n.equalsIgnoreCase("SYSTEM")) return ZoneId.systemDefault();
        if (n.startsWith("+") || n.startsWith("-")) {
            String[] p = n.substring(1).split(":");
            try {
                int h = Integer.parseInt(p[0]);
                int m = p.length > 1 ? Integer.parseInt(p[1]) : 0;
                if (p.length != 2 || m > 59 || h * 60 + m > 14 * 60) return null;
                int total = (h * 3600 + m * 60) * (n.startsWith("-") ? -1 : 1);
                if (total < -13 * 3600 - 59 * 60) return null; // MySQL accepts -13:59 .. +14:00
                return ZoneOffset.ofTotalSeconds(total);
            } catch (NumberFormatException | DateTimeException e) {
                return null;
            }
        }
        try {
            return ZoneId.of(n);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
