package io.sprocket.sql;

/**
 * A statement could not be parsed. Carries MySQL's errno, SQLSTATE and the exact message text, so the engine
 * can hand it to the client unchanged (this module cannot see the engine's error catalog).
 */
public class SqlParseException extends RuntimeException {
    private final int errorCode;
    private final String sqlState;

    protected SqlParseException(int errorCode, String sqlState, String message) {
        // no stack trace: errors are data, and a client typing bad SQL should not cost a stack walk
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.sqlState = sqlState;
    }

    /** MySQL errno, e.g. 1064. */
    public int errorCode() {
        return errorCode;
    }

    /** SQLSTATE, e.g. "42000". */
    public String sqlState() {
        return sqlState;
    }
}
