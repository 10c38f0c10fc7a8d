package io.sprocket.sql;

import java.util.Locale;
import java.util.Set;

/**
 * The names MySQL 8.0's lexer turns into function tokens when '(' follows at once (without IGNORE_SPACE): the
 * manual's "Function Name Parsing and Resolution" list. Such a name cannot name a routine in that position
 * ({@code CREATE FUNCTION count(x INT)} is a syntax error; {@code count (x INT)} is accepted), and a stored
 * function of that name counts as colliding with a native function (note 1585).
 */
public final class ParserFunctions {
    private static final Set<String> NAMES = Set.of("adddate", "bit_and", "bit_or", "bit_xor", "cast",
            "count", "curdate", "curtime", "date_add", "date_sub", "extract", "group_concat", "max", "mid", "min", "now",
            "position", "session_user", "std", "stddev", "stddev_pop", "stddev_samp", "subdate", "substr", "substring",
            "sum", "sysdate", "system_user", "trim", "variance", "var_pop", "var_samp");

    private ParserFunctions() {
    }

    public static boolean contains(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }
}
