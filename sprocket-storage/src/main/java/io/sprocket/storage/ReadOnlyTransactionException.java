package io.sprocket.storage;

/** A write or locking read was attempted in a transaction begun read-only (MySQL 1792 if the engine lets it through). */
public class ReadOnlyTransactionException extends StorageException {
    public ReadOnlyTransactionException(String message) {
        super(message);
    }
}
