package io.sprocket.sql.ast;

/** Units of INTERVAL, EXTRACT, TIMESTAMPADD and TIMESTAMPDIFF. */
public enum IntervalUnit {
    MICROSECOND, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR,
    SECOND_MICROSECOND, MINUTE_MICROSECOND, MINUTE_SECOND, HOUR_MICROSECOND, HOUR_SECOND, HOUR_MINUTE,
    DAY_MICROSECOND, DAY_SECOND, DAY_MINUTE, DAY_HOUR, YEAR_MONTH;

    /** The unit for an upper-case keyword spelling, or null when the word is not a unit (also accepts SQL_TSI_ forms). */
    public static IntervalUnit fromKeyword(String upper) {
        String name = upper.startsWith("SQL_TSI_") ? upper.substring(8) : upper;
        for (IntervalUnit unit : values()) {
            if (unit.name().equals(name)) {
                return unit;
            }
        }
        return null;
    }
}
