package io.sprocket.storage;

/**
 * An opened store. Thread-safe: any number of threads may begin transactions and readers concurrently (each
 * transaction being used by one thread at a time). Opening is implementation-specific, e.g.
 * {@code RocksKvStore.open(dir, options)}.
 */
public interface KvStore extends AutoCloseable {
    KvTransaction begin(KvTransactionOptions options);

    default KvTransaction begin() {
        return begin(KvTransactionOptions.DEFAULT);
    }

    /**
     * A cheap read-only view of the latest committed state as of now, with no locks and no write-side bookkeeping;
     * meant for autocommit SELECTs. Close it to release its snapshot.
     */
    KvReader newSnapshotReader();

    /**
     * Atomically adds {@code delta} to the 8-byte big-endian signed counter under {@code key} (absent counts as 0)
     * and returns the new value. Committed durably on its own, outside any transaction, so it is never rolled back
     * (like AUTO_INCREMENT values in InnoDB). The key must not be written by transactions in another format.
     */
    long increment(byte[] key, long delta);

    /** Closes the store; transactions and readers still open become unusable. */
    @Override
    void close();
}
