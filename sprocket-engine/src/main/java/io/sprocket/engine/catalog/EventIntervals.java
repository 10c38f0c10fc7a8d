package io.sprocket.engine.catalog;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.sql.ast.IntervalUnit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EVERY interval of a recurring event. A value is kept as one count of the unit's smallest part (a compound
 * '1:90' HOUR_MINUTE is 150 minutes, shown again as '2:30'); it must be positive and at most 1,000,000,000, else
 * 1542. MICROSECOND units are not supported by MySQL's scheduler (1235).
 */
public final class EventIntervals {
    /** The largest interval count MySQL accepts. */
    public static final long MAX_VALUE = 1_000_000_000L;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private EventIntervals() {
    }

    /** The count of {@code unit}'s smallest part that {@code value} (the EVERY expression's value) denotes. */
    public static long normalize(Object value, IntervalUnit unit) {
        if (unit.name().contains("MICROSECOND")) throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "MICROSECOND");
        if (value == null) throw new SqlException(ErrorCode.ER_WRONG_VALUE, "INTERVAL", "NULL");
        long n = switch (unit) {
            case SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR -> simple(value);
            default -> compound(value, unit);
        };
        if (n <= 0 || n > MAX_VALUE) throw new SqlException(ErrorCode.ER_EVENT_INTERVAL_NOT_POSITIVE_OR_TOO_BIG);
        return n;
    }

    /** A simple unit's quantity as an integer: decimals round, strings are read up to the first non-digit. */
    private static long simple(Object value) {
        return switch (value) {
            case null -> 0;
            case Long l -> l;
            case Integer i -> i;
            case BigInteger b -> b.bitLength() < 63 ? b.longValue() : Long.MAX_VALUE;
            case BigDecimal d -> clamp(d.setScale(0, RoundingMode.HALF_UP));
            case Double d -> clamp(BigDecimal.valueOf(d).setScale(0, RoundingMode.HALF_UP));
            case Float f -> clamp(BigDecimal.valueOf(f).setScale(0, RoundingMode.HALF_UP));
            case byte[] b -> leadingInteger(new String(b, java.nio.charset.StandardCharsets.UTF_8));
            default -> leadingInteger(value.toString());
        };
    }

    private static long clamp(BigDecimal d) {
        if (d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) return Long.MAX_VALUE;
        if (d.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) return Long.MIN_VALUE;
        return d.longValueExact();
    }

    private static long leadingInteger(String s) {
        String t = s.strip();
        int i = 0;
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) negative = t.charAt(i++) == '-';
        long n = 0;
        for (; i < t.length() && Character.isDigit(t.charAt(i)); i++) {
            n = n > MAX_VALUE ? n : n * 10 + (t.charAt(i) - '0');
        }
        return negative ? -n : n;
    }

    /** A compound value: digit groups aligned to the right ('1:2' DAY_SECOND is 1 minute 2 seconds). */
    private static long compound(Object value, IntervalUnit unit) {
        if (value == null) return 0;
        String s = value instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : value.toString();
        s = s.strip();
        if (s.startsWith("-")) return -1;
        long[] scale = scale(unit);
        List<String> groups = new ArrayList<>();
        Matcher m = DIGITS.matcher(s);
        while (m.find()) groups.add(m.group());
        if (groups.isEmpty() || groups.size() > scale.length) return 0;
        int offset = scale.length - groups.size();
        long total = 0;
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            long part = g.length() > 12 ? MAX_VALUE + 1 : Long.parseLong(g);
            total += part * scale[offset + i];
            if (total > MAX_VALUE) return total;
        }
        return total;
    }

    /** How many smallest parts each group of a compound unit is worth. */
    private static long[] scale(IntervalUnit unit) {
        return switch (unit) {
            case YEAR_MONTH -> new long[] {12, 1};
            case DAY_HOUR -> new long[] {24, 1};
            case DAY_MINUTE -> new long[] {1440, 60, 1};
            case DAY_SECOND -> new long[] {86400, 3600, 60, 1};
            case HOUR_MINUTE, MINUTE_SECOND -> new long[] {60, 1};
            case HOUR_SECOND -> new long[] {3600, 60, 1};
            default -> new long[] {1};
        };
    }

    /** INTERVAL_VALUE as MySQL shows it: the number, or the compound parts quoted, the first part unbounded. */
    public static String text(long value, IntervalUnit unit) {
        long[] scale = scale(unit);
        if (scale.length == 1) return Long.toString(value);
        long[] parts = new long[scale.length];
        long rest = value;
        for (int i = 0; i < scale.length; i++) {
            parts[i] = rest / scale[i];
            rest %= scale[i];
        }
        String sep = switch (unit) {
            case YEAR_MONTH -> "-";
            case DAY_HOUR, DAY_MINUTE, DAY_SECOND -> " ";
            default -> ":";
        };
        StringBuilder sb = new StringBuilder("'").append(parts[0]);
        for (int i = 1; i < parts.length; i++) sb.append(i == 1 ? sep : ":").append(parts[i]);
        return sb.append('\'').toString();
    }

    /** Whether the unit moves by calendar months (and so needs calendar arithmetic). */
    public static boolean monthly(IntervalUnit unit) {
        return unit == IntervalUnit.MONTH || unit == IntervalUnit.QUARTER || unit == IntervalUnit.YEAR
                || unit == IntervalUnit.YEAR_MONTH;
    }

    /** The interval's length: months for monthly units, else seconds. */
    public static long length(long value, IntervalUnit unit) {
        return value * switch (unit) {
            case QUARTER -> 3;
            case YEAR -> 12;
            case MINUTE, HOUR_MINUTE, DAY_MINUTE -> 60;
            case HOUR, DAY_HOUR -> 3600;
            case DAY -> 86400;
            case WEEK -> 604800;
            default -> 1; // SECOND, the *_SECOND units, MONTH and YEAR_MONTH (months)
        };
    }
}
