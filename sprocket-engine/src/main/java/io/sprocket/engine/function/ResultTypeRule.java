package io.sprocket.engine.function;

/**
 * How a function's result type follows from its argument types, as MySQL reports it in result-set metadata.
 * The rule is data so that the analyzer can derive column metadata without evaluating anything.
 */
public enum ResultTypeRule {
    /** VARCHAR in the connection character set, length derived from the arguments. */
    STRING,
    /** LONGTEXT (REPEAT, GROUP_CONCAT beyond 512 characters...). */
    LONG_STRING,
    /** VARBINARY / BLOB (UNHEX, FROM_BASE64, binary-only functions). */
    BINARY_STRING,
    /** String result that is binary when any argument is binary (CONCAT, LEFT, REPLACE...). */
    STRING_OR_BINARY,
    /** BIGINT. */
    INTEGER,
    /** BIGINT UNSIGNED (CRC32, BIT_COUNT results are small, but UUID_SHORT, INET_ATON, BIT_AND are not). */
    UNSIGNED_INTEGER,
    /** Boolean-valued integer: INT(1) (LIKE, REGEXP_LIKE, IS_IPV4...). */
    BOOLEAN,
    DOUBLE,
    DECIMAL,
    /** The numeric type of the first argument: integers stay integers, DECIMAL keeps scale, strings become DOUBLE. */
    SAME_NUMERIC,
    /** ROUND/TRUNCATE: like {@link #SAME_NUMERIC} but the scale comes from the constant second argument. */
    ROUNDED,
    /** The aggregate type of all arguments (GREATEST, LEAST, COALESCE, IFNULL, CASE). */
    COMMON_TYPE,
    /** IF(cond, a, b): the aggregate type of arguments 2 and 3. */
    COMMON_TYPE_SKIP_FIRST,
    /** The first argument's type unchanged (ANY_VALUE, NULLIF). */
    FIRST_ARGUMENT,
    DATE,
    TIME,
    DATETIME,
    /** DATE_ADD and friends: DATETIME, or DATE when the input is a DATE and the unit has no time part. */
    TEMPORAL_ARITHMETIC,
    YEAR,
    JSON,
    /** No usable value (SLEEP returns 0, DEFAULT...); reported as BIGINT. */
    NULL
}
