package io.sprocket.storage;

/**
 * Consistent, non-locking reads. A reader obtained from {@link KvStore#newSnapshotReader()} sees the store as of
 * its creation; a {@link KvTransaction} sees its snapshot plus its own uncommitted writes.
 */
public interface KvReader extends AutoCloseable {
    /** The value stored under {@code key}, or null if there is none. */
    byte[] get(byte[] key);

    /**
     * Entries with {@code from <= key < to} in memcmp order.
     *
     * @param from inclusive lower bound, or null for the first key
     * @param to exclusive upper bound, or null for past the last key (see {@link KeyEncoder#prefixEnd(byte[])})
     * @param reverse true to iterate from the highest key down
     */
    KvIterator scan(byte[] from, byte[] to, boolean reverse);

    @Override
    void close();
}
