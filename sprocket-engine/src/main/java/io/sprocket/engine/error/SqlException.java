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

    public int errno() { return errno; }
    public String sqlState() { return sqlState; }
}
