package io.sprocket.server.protocol;

import io.sprocket.engine.error.SqlException;
import java.util.Objects;

/**
 * The peer broke the protocol (malformed, truncated, out-of-order or oversized packet). Ends the connection,
 * after sending {@link #error()} when the protocol still allows a reply.
 */
public final class ProtocolException extends Exception {
    private final SqlException error;

    public ProtocolException(SqlException error) {
        super(Objects.requireNonNull(error).getMessage(), null, false, false);
        this.error = error;
    }

    public SqlException error() {
        return error;
    }
}
