package io.sprocket.sql;

import java.util.Locale;

/**
 * The sql_mode flags that change how text is tokenised or parsed. Everything else in sql_mode is the engine's
 * business.
 *
 * @param ansiQuotes         ANSI_QUOTES: "x" is a quoted identifier, not a string
 * @param noBackslashEscapes NO_BACKSLASH_ESCAPES: backslash is an ordinary character in strings
 * @param pipesAsConcat      PIPES_AS_CONCAT: || is CONCAT instead of OR
 * @param highNotPrecedence  HIGH_NOT_PRECEDENCE: NOT binds like !
 * @param ignoreSpace        IGNORE_SPACE: spaces allowed between a built-in function name and "("
 * @param realAsFloat        REAL_AS_FLOAT: REAL means FLOAT rather than DOUBLE
 */
public record ParserOptions(boolean ansiQuotes, boolean noBackslashEscapes, boolean pipesAsConcat,
                            boolean highNotPrecedence, boolean ignoreSpace, boolean realAsFloat) {

    /** MySQL 8.0's default sql_mode has none of these flags. */
    public static final ParserOptions DEFAULT = new ParserOptions(false, false, false, false, false, false);

    /** Options from a sql_mode value such as "ANSI_QUOTES,PIPES_AS_CONCAT" (combination modes ANSI etc. expanded). */
    public static ParserOptions fromSqlMode(String sqlMode) {
        boolean ansiQuotes = false;
        boolean noBackslash = false;
        boolean pipes = false;
        boolean highNot = false;
        boolean ignoreSpace = false;
        boolean realAsFloat = false;
        for (String raw : sqlMode.split(",")) {
            switch (raw.trim().toUpperCase(Locale.ROOT)) {
                case "ANSI_QUOTES" -> ansiQuotes = true;
                case "NO_BACKSLASH_ESCAPES" -> noBackslash = true;
                case "PIPES_AS_CONCAT" -> pipes = true;
                case "HIGH_NOT_PRECEDENCE" -> highNot = true;
                case "IGNORE_SPACE" -> ignoreSpace = true;
                case "REAL_AS_FLOAT" -> realAsFloat = true;
                case "ANSI" -> {
                    realAsFloat = true;
                    pipes = true;
                    ansiQuotes = true;
                    ignoreSpace = true;
                }
                case "DB2", "MAXDB", "MSSQL", "ORACLE", "POSTGRESQL" -> {
                    pipes = true;
                    ansiQuotes = true;
                    ignoreSpace = true;
                }
                default -> {
                }
            }
        }
        return new ParserOptions(ansiQuotes, noBackslash, pipes, highNot, ignoreSpace, realAsFloat);
    }
}
