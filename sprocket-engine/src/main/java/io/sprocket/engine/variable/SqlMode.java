package io.sprocket.engine.variable;

import java.util.Locale;

/**
 * MySQL 8.0's sql_mode flags at their MySQL bit positions, so that a numeric {@code SET sql_mode = n} and
 * {@code @@sql_mode + 0}-style masks agree with MySQL. Bits 4, 8-17 and 28 belonged to modes removed before
 * 8.0 and are not valid here. ANSI and TRADITIONAL are combination modes: setting one also sets its members.
 */
public enum SqlMode {
    REAL_AS_FLOAT(0),
    PIPES_AS_CONCAT(1),
    ANSI_QUOTES(2),
    IGNORE_SPACE(3),
    ONLY_FULL_GROUP_BY(5),
    NO_UNSIGNED_SUBTRACTION(6),
    NO_DIR_IN_CREATE(7),
    ANSI(18),
    NO_AUTO_VALUE_ON_ZERO(19),
    NO_BACKSLASH_ESCAPES(20),
    STRICT_TRANS_TABLES(21),
    STRICT_ALL_TABLES(22),
    NO_ZERO_IN_DATE(23),
    NO_ZERO_DATE(24),
    ALLOW_INVALID_DATES(25),
    ERROR_FOR_DIVISION_BY_ZERO(26),
    TRADITIONAL(27),
    HIGH_NOT_PRECEDENCE(29),
    NO_ENGINE_SUBSTITUTION(30),
    PAD_CHAR_TO_FULL_LENGTH(31),
    TIME_TRUNCATE_FRACTIONAL(32);

    private final long bit;

    SqlMode(int position) {
        this.bit = 1L << position;
    }

    public long bit() {
        return bit;
    }

    public boolean in(long mask) {
        return (mask & bit) != 0;
    }

    /** Every valid bit; a numeric value with any other bit set is rejected with 1231. */
    public static final long ALL;

    /** MySQL 8.0's default: ONLY_FULL_GROUP_BY, STRICT_TRANS_TABLES, NO_ZERO_IN_DATE, NO_ZERO_DATE, ... */
    public static final long DEFAULT;

    private static final long ANSI_MEMBERS;
    private static final long TRADITIONAL_MEMBERS;

    static {
        long all = 0;
        for (SqlMode mode : values()) all |= mode.bit;
        ALL = all;
        DEFAULT = mask(ONLY_FULL_GROUP_BY, STRICT_TRANS_TABLES, NO_ZERO_IN_DATE, NO_ZERO_DATE,
                ERROR_FOR_DIVISION_BY_ZERO, NO_ENGINE_SUBSTITUTION);
        ANSI_MEMBERS = mask(REAL_AS_FLOAT, PIPES_AS_CONCAT, ANSI_QUOTES, IGNORE_SPACE, ONLY_FULL_GROUP_BY);
        TRADITIONAL_MEMBERS = mask(STRICT_TRANS_TABLES, STRICT_ALL_TABLES, NO_ZERO_IN_DATE, NO_ZERO_DATE,
                ERROR_FOR_DIVISION_BY_ZERO, NO_ENGINE_SUBSTITUTION);
    }

    public static long mask(SqlMode... modes) {
        long mask = 0;
        for (SqlMode mode : modes) mask |= mode.bit;
        return mask;
    }

    /** Adds the members of the combination modes present in {@code mask} (MySQL stores them expanded). */
    public static long expand(long mask) {
        if (ANSI.in(mask)) mask |= ANSI_MEMBERS;
        if (TRADITIONAL.in(mask)) mask |= TRADITIONAL_MEMBERS;
        return mask;
    }

    /** The mode named {@code name} in any case, or null. */
    public static SqlMode byName(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The normalised text MySQL shows: the set modes in bit order, comma-separated, '' when none. */
    /** True when {@code mask} makes writes strict (STRICT_TRANS_TABLES or STRICT_ALL_TABLES). */
    public static boolean isStrict(long mask) {
        return (mask & (STRICT_TRANS_TABLES.bit() | STRICT_ALL_TABLES.bit())) != 0;
    }

    public static String format(long mask) {
        StringBuilder out = new StringBuilder();
        for (SqlMode mode : values()) {
            if (mode.in(mask)) {
                if (!out.isEmpty()) out.append(',');
                out.append(mode.name());
            }
        }
        return out.toString();
    }
}
