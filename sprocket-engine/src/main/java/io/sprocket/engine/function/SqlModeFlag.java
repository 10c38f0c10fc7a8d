package io.sprocket.engine.function;

/** The sql_mode flags that change what a built-in function returns or warns about. */
public enum SqlModeFlag {
    STRICT_TRANS_TABLES,
    STRICT_ALL_TABLES,
    ERROR_FOR_DIVISION_BY_ZERO,
    NO_ZERO_DATE,
    NO_ZERO_IN_DATE,
    ALLOW_INVALID_DATES,
    PIPES_AS_CONCAT,
    REAL_AS_FLOAT,
    PAD_CHAR_TO_FULL_LENGTH,
    NO_BACKSLASH_ESCAPES,
    TIME_TRUNCATE_FRACTIONAL,
    HIGH_NOT_PRECEDENCE,
    ONLY_FULL_GROUP_BY
}
