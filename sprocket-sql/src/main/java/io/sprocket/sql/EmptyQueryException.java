package io.sprocket.sql;

/** ER_EMPTY_QUERY (1065, 42000) "Query was empty": the text held only whitespace and comments. */
public final class EmptyQueryException extends SqlParseException {
    public static final int ER_EMPTY_QUERY = 1065;

    public EmptyQueryException() {
        super(ER_EMPTY_QUERY, "42000", "Query was empty");
    }
}
