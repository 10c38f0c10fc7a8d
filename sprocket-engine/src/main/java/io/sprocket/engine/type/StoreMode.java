package io.sprocket.engine.type;

/**
 * The sql_mode facts that decide how INSERT/UPDATE store a value.
 *
 * @param strict                  STRICT_TRANS_TABLES / STRICT_ALL_TABLES in effect for this write: invalid or
 *                                out-of-range data is an error instead of a clipped value plus a warning
 * @param noZeroInDate            NO_ZERO_IN_DATE (with strict: '2024-00-01' is an error)
 * @param noZeroDate              NO_ZERO_DATE ('0000-00-00' is an error in strict mode, a warning otherwise)
 * @param allowInvalidDates       ALLOW_INVALID_DATES ('2024-02-30' accepted)
 * @param timeTruncateFractional  TIME_TRUNCATE_FRACTIONAL (truncate instead of round extra fractional digits)
 */
public record StoreMode(boolean strict, boolean noZeroInDate, boolean noZeroDate, boolean allowInvalidDates,
                        boolean timeTruncateFractional) {
    /** MySQL 8.0's default sql_mode: STRICT_TRANS_TABLES, NO_ZERO_IN_DATE, NO_ZERO_DATE, ERROR_FOR_DIVISION_BY_ZERO. */
    public static final StoreMode MYSQL_DEFAULT = new StoreMode(true, true, true, false, false);
    /** sql_mode = ''. */
    public static final StoreMode LENIENT = new StoreMode(false, false, false, false, false);

    /** The {@link Temporals} date-check bits this mode implies for parsing. */
    int dateBits() {
        return (allowInvalidDates ? Temporals.ALLOW_INVALID_DATES : 0)
                | (noZeroInDate && strict ? Temporals.NO_ZERO_IN_DATE : 0)
                | (noZeroDate && strict ? Temporals.NO_ZERO_DATE : 0);
    }
}
