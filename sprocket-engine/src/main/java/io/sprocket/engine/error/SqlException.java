package io.sprocket.engine.error;

import java.util.Objects;

/**
 * An error as the client sees it: errno, SQLSTATE, message. The only exception type that may leave the engine;
 * anything else is a bug and is reported as ER_INTERNAL_ERROR without its Java text.
 */
public class SqlException extends RuntimeException {
    private final int errno;
    private final String sqlState;

    public SqlException(ErrorCode code, Object... args) {
        this(code.errno(), code.sqlState(), code.message(args));
    }

    public SqlException(int errno, String sqlState, String message) {
        super(Objects.requireNonNull(message), null, false, false);
        this.errno = errno;
        this.sqlState = Objects.requireNonNull(sqlState);
    }

    private java.util.Map<String, String> conditionItems;

    /** A condition raised by SIGNAL/RESIGNAL, with the condition information items it set. */
    public SqlException(int errno, String sqlState, String message, java.util.Map<String, String> conditionItems) {
        this(errno, sqlState, message);
        this.conditionItems = conditionItems;
    }

    /** The SIGNAL items (CLASS_ORIGIN, TABLE_NAME, ...), or null for conditions the server raised. */
    public java.util.Map<String, String> conditionItems() { return conditionItems; }

    public int errno() { return errno; }
    public String sqlState() { return sqlState; }
}
