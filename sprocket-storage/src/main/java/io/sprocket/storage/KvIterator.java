package io.sprocket.storage;

/**
 * A cursor over a key range, in ascending or descending memcmp order. Call {@link #next()} before reading the
 * first entry; {@link #key()} and {@link #value()} are valid until the following {@code next()}. Always close it
 * (it pins native resources and, for snapshot scans, a snapshot).
 *
 * <p>Not thread-safe. A scan opened on a transaction must be closed before that transaction ends.
 */
public interface KvIterator extends AutoCloseable {
    /** Advances to the next entry; false once the range is exhausted. */
    boolean next();

    /** The current key; a fresh array the caller may keep. */
    byte[] key();

    /** The current value; a fresh array the caller may keep. */
    byte[] value();

    @Override
    void close();
}
