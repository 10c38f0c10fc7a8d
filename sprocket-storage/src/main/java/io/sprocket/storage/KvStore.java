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
     * Waits for the key's lock like any write; the default uses a short transaction of its own.
     */
    default long increment(byte[] key, long delta) {
        java.util.Objects.requireNonNull(key, "key");
        try (KvTransaction transaction = begin()) {
            byte[] current = transaction.getForUpdate(key, true);
            long next = Math.addExact(decodeCounter(current), delta);
            transaction.put(key, encodeCounter(next));
            transaction.commit();
            return next;
        }
    }

    /**
     * Atomically raises the counter under {@code key} to at least {@code atLeast} (counter = max(counter, atLeast))
     * and returns the resulting value; durable and never rolled back, like {@link #increment}. For an explicit value
     * inserted into an AUTO_INCREMENT column: a read followed by an increment would race with other sessions.
     */
    default long raiseCounter(byte[] key, long atLeast) {
        java.util.Objects.requireNonNull(key, "key");
        try (KvTransaction transaction = begin()) {
            long current = decodeCounter(transaction.getForUpdate(key, true));
            if (current >= atLeast) {
                transaction.commit();
                return current;
            }
            transaction.put(key, encodeCounter(atLeast));
            transaction.commit();
            return atLeast;
        }
    }

    /** The committed value of the counter under {@code key} (0 if absent), without locking. */
    default long readCounter(byte[] key) {
        try (KvReader reader = newSnapshotReader()) {
            return decodeCounter(reader.get(key));
        }
    }

    /** Closes the store; transactions and readers still open become unusable. */
    @Override
    void close();

    private static long decodeCounter(byte[] value) {
        if (value == null) {
            return 0;
        }
        if (value.length != Long.BYTES) {
            throw new StorageException("counter value is " + value.length + " bytes, expected 8");
        }
        return new KeyDecoder(value).readUnsignedLong();
    }

    private static byte[] encodeCounter(long value) {
        return new KeyEncoder(Long.BYTES).writeUnsignedLong(value).toByteArray();
    }
}
