package io.sprocket.storage;

/**
 * A storage failure. Unchecked so that scans and lambdas compose; the engine maps the subclasses to MySQL errors
 * (lock wait timeout 1205, deadlock 1213) and anything else to a generic storage error.
 */
public class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
