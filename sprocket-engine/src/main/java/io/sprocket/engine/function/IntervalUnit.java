package io.sprocket.engine.function;

import java.util.Locale;

/**
 * INTERVAL units of DATE_ADD / EXTRACT / TIMESTAMPADD. The parser passes the unit as its keyword text (e.g.
 * "DAY_SECOND"); compound units read their value from a string of digit groups such as '1 2:3:4'.
 */
enum IntervalUnit {
    MICROSECOND(false, 1), SECOND(false, 1), MINUTE(false, 1), HOUR(false, 1), DAY(false, 1), WEEK(false, 1),
    MONTH(true, 1), QUARTER(true, 1), YEAR(true, 1),
    SECOND_MICROSECOND(false, 2), MINUTE_MICROSECOND(false, 3), MINUTE_SECOND(false, 2),
    HOUR_MICROSECOND(false, 4), HOUR_SECOND(false, 3), HOUR_MINUTE(false, 2),
    DAY_MICROSECOND(false, 5), DAY_SECOND(false, 4), DAY_MINUTE(false, 3), DAY_HOUR(false, 2),
    YEAR_MONTH(true, 2);

    /** Whether the unit moves by calendar months (and the day is clamped to the month's end). */
    final boolean months;
    /** How many digit groups a value of this unit has. */
    final int groups;

    IntervalUnit(boolean months, int groups) {
        this.months = months;
        this.groups = groups;
    }

    static IntervalUnit of(Object unit) {
        try {
            return valueOf(Coercion.str(unit).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw FunctionRegistry.wrongArguments("interval unit");
        }
    }

    /** Remembers a call site's last unit so that a constant unit is not looked up by name on every row. */
    static final class Site {
        private record Last(Object text, IntervalUnit unit) {}

        private volatile Last last;

        IntervalUnit of(Object text) {
            Last l = last;
            if (l != null && l.text.equals(text)) return l.unit;
            IntervalUnit u = IntervalUnit.of(text);
            last = new Last(text, u);
            return u;
        }
    }

    /** Units whose result keeps a DATE a DATE. */
    boolean dateOnly() {
        return this == DAY || this == WEEK || months;
    }

    /** An interval as (months, microseconds), signed; null when the value cannot be read. */
    record Amount(long months, long micros) {}

    Amount amount(Object value, FunctionContext c) {
        if (groups == 1) {
            if (this == SECOND && (value instanceof java.math.BigDecimal || value instanceof Double
                    || value instanceof String s && s.contains("."))) {
                java.math.BigDecimal d = Coercion.toDecimal(value, c);
                return new Amount(0, d.movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP).longValue());
            }
            long n = Coercion.toLong(value, c);
            return switch (this) {
                case MICROSECOND -> new Amount(0, n);
                case SECOND -> new Amount(0, Math.multiplyExact(n, 1_000_000L));
                case MINUTE -> new Amount(0, Math.multiplyExact(n, 60_000_000L));
                case HOUR -> new Amount(0, Math.multiplyExact(n, 3_600_000_000L));
                case DAY -> new Amount(0, Math.multiplyExact(n, 86_400_000_000L));
                case WEEK -> new Amount(0, Math.multiplyExact(n, 7 * 86_400_000_000L));
                case MONTH -> new Amount(n, 0);
                case QUARTER -> new Amount(Math.multiplyExact(n, 3), 0);
                case YEAR -> new Amount(Math.multiplyExact(n, 12), 0);
                default -> throw new IllegalStateException();
            };
        }
        String s = Coercion.str(value).trim();
        boolean negative = s.startsWith("-");
        long[] parts = new long[groups];
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = DIGITS.matcher(s);
        while (m.find()) found.add(m.group());
        if (found.isEmpty() || found.size() > groups) return null;
        // Fewer groups than the unit has are aligned to the right: '1:2' DAY_SECOND is 1 minute 2 seconds.
        int offset = groups - found.size();
        boolean micro = name().endsWith("MICROSECOND");
        for (int i = 0; i < found.size(); i++) {
            String g = found.get(i);
            if (micro && offset + i == groups - 1) g = (g + "000000").substring(0, 6);
            parts[offset + i] = Long.parseLong(g.length() > 15 ? g.substring(0, 15) : g);
        }
        long sign = negative ? -1 : 1;
        if (this == YEAR_MONTH) return new Amount(sign * (parts[0] * 12 + parts[1]), 0);
        long[] scale = switch (this) {
            case SECOND_MICROSECOND -> new long[] {1_000_000L, 1};
            case MINUTE_MICROSECOND -> new long[] {60_000_000L, 1_000_000L, 1};
            case MINUTE_SECOND -> new long[] {60_000_000L, 1_000_000L};
            case HOUR_MICROSECOND -> new long[] {3_600_000_000L, 60_000_000L, 1_000_000L, 1};
            case HOUR_SECOND -> new long[] {3_600_000_000L, 60_000_000L, 1_000_000L};
            case HOUR_MINUTE -> new long[] {3_600_000_000L, 60_000_000L};
            case DAY_MICROSECOND -> new long[] {86_400_000_000L, 3_600_000_000L, 60_000_000L, 1_000_000L, 1};
            case DAY_SECOND -> new long[] {86_400_000_000L, 3_600_000_000L, 60_000_000L, 1_000_000L};
            case DAY_MINUTE -> new long[] {86_400_000_000L, 3_600_000_000L, 60_000_000L};
            case DAY_HOUR -> new long[] {86_400_000_000L, 3_600_000_000L};
            default -> throw new IllegalStateException();
        };
        long micros = 0;
        for (int i = 0; i < groups; i++) micros = Math.addExact(micros, Math.multiplyExact(parts[i], scale[i]));
        return new Amount(0, sign * micros);
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
}
