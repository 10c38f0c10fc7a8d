package io.sprocket.storage;

/**
 * How to begin a transaction.
 *
 * @param lockWaitTimeoutMillis how long a lock request may wait before {@link LockWaitTimeoutException};
 *     the engine passes innodb_lock_wait_timeout * 1000. Zero means "fail at once if the lock is held".
 * @param readOnly no writes and no locking reads; implementations may skip write-side bookkeeping entirely
 * @param snapshotAtBegin take the read snapshot now (START TRANSACTION WITH CONSISTENT SNAPSHOT) instead of at
 *     the first read
 */
public record KvTransactionOptions(long lockWaitTimeoutMillis, boolean readOnly, boolean snapshotAtBegin) {
    /** InnoDB's default innodb_lock_wait_timeout is 50 seconds. */
    public static final long DEFAULT_LOCK_WAIT_TIMEOUT_MILLIS = 50_000;

    public static final KvTransactionOptions DEFAULT =
            new KvTransactionOptions(DEFAULT_LOCK_WAIT_TIMEOUT_MILLIS, false, false);

    public KvTransactionOptions {
        if (lockWaitTimeoutMillis < 0) {
            throw new IllegalArgumentException("lockWaitTimeoutMillis must be >= 0: " + lockWaitTimeoutMillis);
        }
    }

    public KvTransactionOptions withLockWaitTimeoutMillis(long millis) {
        return new KvTransactionOptions(millis, readOnly, snapshotAtBegin);
    }

    public KvTransactionOptions withReadOnly(boolean value) {
        return new KvTransactionOptions(lockWaitTimeoutMillis, value, snapshotAtBegin);
    }

    public KvTransactionOptions withSnapshotAtBegin(boolean value) {
        return new KvTransactionOptions(lockWaitTimeoutMillis, readOnly, value);
    }
}
