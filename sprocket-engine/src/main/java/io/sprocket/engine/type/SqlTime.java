package io.sprocket.engine.type;

/**
 * A TIME value: a signed duration from -838:59:59.999999 to 838:59:59.999999 (hours may exceed 23).
 * Negative zero is normalised to positive.
 */
public record SqlTime(boolean negative, int hour, int minute, int second, int micros) implements Comparable<SqlTime> {
    public static final long MAX_MICROS = ((838L * 60 + 59) * 60 + 59) * 1_000_000L + 999_999;
    public static final SqlTime ZERO = new SqlTime(false, 0, 0, 0, 0);
    public static final SqlTime MAX = ofMicros(MAX_MICROS);
    public static final SqlTime MIN = ofMicros(-MAX_MICROS);

    public SqlTime {
        if (hour < 0 || hour > 838 || minute < 0 || minute > 59 || second < 0 || second > 59 || micros < 0 || micros > 999_999) {
            throw new IllegalArgumentException("time out of range");
        }
        if (negative && hour == 0 && minute == 0 && second == 0 && micros == 0) negative = false;
    }

    /** From signed total microseconds; the caller must have clipped to +-{@link #MAX_MICROS}. */
    public static SqlTime ofMicros(long total) {
        boolean neg = total < 0;
        long t = Math.abs(total);
        int micros = (int) (t % 1_000_000);
        t /= 1_000_000;
        int second = (int) (t % 60);
        t /= 60;
        int minute = (int) (t % 60);
        return new SqlTime(neg, (int) (t / 60), minute, second, micros);
    }

    /** Signed total microseconds. */
    public long toMicros() {
        long t = ((hour * 60L + minute) * 60 + second) * 1_000_000L + micros;
        return negative ? -t : t;
    }

    /** Numeric context: [-]hhmmss as a Long for fsp 0, else a BigDecimal with fsp decimals. */
    public Object toNumber(int fsp) {
        long whole = hour * 10000L + minute * 100L + second;
        if (fsp <= 0) return negative ? -whole : whole;
        return Temporals.withFraction(whole, negative, micros, fsp);
    }

    @Override
    public int compareTo(SqlTime o) { return Long.compare(toMicros(), o.toMicros()); }

    @Override
    public String toString() { return TextFormat.time(this, micros == 0 ? 0 : 6); }
}
