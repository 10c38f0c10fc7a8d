package io.sprocket.sql;

/**
 * ER_PARSE_ERROR (1064, 42000): "You have an error in your SQL syntax; ... near '&lt;text&gt;' at line N".
 * {@code nearText} is the rest of the query from the offending token, at most 80 characters ("" at end of input).
 */
public final class SqlSyntaxException extends SqlParseException {
    public static final int ER_PARSE_ERROR = 1064;

    private final String nearText;
    private final int line;

    public SqlSyntaxException(String nearText, int line) {
        super(ER_PARSE_ERROR, "42000", message(nearText, line));
        this.nearText = nearText;
        this.line = line;
    }

    /** The message text exactly as MySQL 8.0 formats it. */
    public static String message(String nearText, int line) {
        return "You have an error in your SQL syntax; check the manual that corresponds to your MySQL server "
                + "version for the right syntax to use near '" + nearText + "' at line " + line;
    }

    public String nearText() {
        return nearText;
    }

    public int line() {
        return line;
    }
}
