package io.sprocket.storage;

/**
 * A lock could not be acquired within the transaction's lock wait timeout (MySQL 1205). The transaction stays
 * open and keeps its other locks; InnoDB by default rolls back only the failed statement.
 */
public class LockWaitTimeoutException extends StorageException {
    public LockWaitTimeoutException(String message) {
        super(message);
    }

    public LockWaitTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
