package io.sprocket.storage;

/**
 * Waiting for a lock would close a cycle of waiting transactions (MySQL 1213). This transaction was chosen as the
 * victim: it stays open and still holds its locks, so the caller must roll it back promptly (as InnoDB does) to
 * let the other transactions proceed.
 */
public class DeadlockException extends StorageException {
    public DeadlockException(String message) {
        super(message);
    }

    public DeadlockException(String message, Throwable cause) {
        super(message, cause);
    }
}
