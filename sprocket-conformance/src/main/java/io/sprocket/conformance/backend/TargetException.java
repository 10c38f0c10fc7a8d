package io.sprocket.conformance.backend;

/** A target could not be reached or started; the message says why, for the report. */
public final class TargetException extends Exception {
    private final int errno;

    public TargetException(String message, Throwable cause) {
        this(message, cause, 0);
    }

    /** A refused login or connection, with the server's error number (0 when there was none). */
    public TargetException(String message, Throwable cause, int errno) {
        super(message, cause);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
