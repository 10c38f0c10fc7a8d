package io.sprocket.engine.function;

import java.util.Locale;
import java.util.Set;

/**
 * Which names MySQL 8.0 counts as native functions: a stored function taking one gets note 1585 (manual,
 * "Function Name Parsing and Resolution").
 */
public final class NativeFunctions {
    /**
     * Functions MySQL's grammar spells with keywords (IF, LEFT, DATE, ...): they are not in its native function
     * table, so a stored function of that name gets no note 1585 although the engine's library has them.
     */
    private static final Set<String> KEYWORD_FUNCTIONS = Set.of("ascii", "char", "charset", "coalesce", "collation",
            "current_user", "database", "schema", "date", "day", "format", "hour", "if", "insert", "interval", "left",
            "microsecond", "minute", "mod", "month", "quarter", "repeat", "replace", "reverse", "right", "row_count",
            "second", "time", "timestamp", "truncate", "user", "week", "weight_string", "year", "get_format",
            "timestampadd", "timestampdiff", "utc_date", "utc_time", "utc_timestamp", "current_date", "current_time",
            "current_timestamp", "localtime", "localtimestamp", "values", "default", "convert", "json_value");

    private NativeFunctions() {
    }

    /** Whether MySQL 8.0 treats {@code name} as a native function. */
    public static boolean isNative(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (io.sprocket.sql.ParserFunctions.contains(n)) return true;
        return !KEYWORD_FUNCTIONS.contains(n) && FunctionRegistry.standard().scalar(n).isPresent();
    }
}
