package io.sprocket.conformance.backend;

/** A target could not be reached or started; the message says why, for the report. */
public final class TargetException extends Exception {
    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
