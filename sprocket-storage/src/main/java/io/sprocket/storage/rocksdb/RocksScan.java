package io.sprocket.storage.rocksdb;

import io.sprocket.storage.KeyEncoder;
import io.sprocket.storage.KvIterator;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;

/**
 * A bounded scan over a RocksDB iterator (plain or transaction-merged). Bounds are also enforced here because the
 * write-batch side of a transaction iterator does not honour ReadOptions bounds.
 */
final class RocksScan implements KvIterator {
    private final byte[] from;
    private final byte[] to;
    private final boolean reverse;
    private final ReadOptions readOptions;
    private final Slice lowerBound;
    private final Slice upperBound;
    private final Function<ReadOptions, RocksIterator> open;
    private final Runnable onClose;
    private RocksIterator iterator;
    private boolean started;
    private boolean exhausted;
    private byte[] key;
    private byte[] value;
    private boolean closed;

    /**
     * @param baseOptions supplies snapshot and other settings; copied, so the caller keeps ownership
     * @param open opens the native iterator over the given (bounded) options
     */
    RocksScan(ReadOptions baseOptions, byte[] from, byte[] to, boolean reverse,
              Function<ReadOptions, RocksIterator> open, Runnable onClose) {
        this.from = from == null ? null : from.clone();
        this.to = to == null ? null : to.clone();
        this.reverse = reverse;
        this.onClose = onClose;
        this.readOptions = new ReadOptions(baseOptions);
        this.lowerBound = from == null ? null : new Slice(this.from);
        this.upperBound = to == null ? null : new Slice(this.to);
        if (lowerBound != null) {
            readOptions.setIterateLowerBound(lowerBound);
        }
        if (upperBound != null) {
            readOptions.setIterateUpperBound(upperBound);
        }
        this.open = open;
        this.iterator = open.apply(readOptions);
        this.exhausted = from != null && to != null && KeyEncoder.compare(from, to) >= 0;
    }

    @Override
    public boolean next() {
        if (closed) {
            throw new IllegalStateException("scan is closed");
        }
        if (exhausted) {
            return false;
        }
        if (!started) {
            started = true;
            if (iterator == null) {
                iterator = open.apply(readOptions);
            }
            position();
        } else if (iterator == null) {
            repositionAfter(key);
        } else if (reverse) {
            iterator.prev();
        } else {
            iterator.next();
        }
        value = null;
        if (!iterator.isValid()) {
            try {
                iterator.status();
            } catch (RocksDBException e) {
                throw RocksErrors.translate(e);
            }
            return finish();
        }
        key = iterator.key();
        if (reverse ? from != null && KeyEncoder.compare(key, from) < 0
                : to != null && KeyEncoder.compare(key, to) >= 0) {
            return finish();
        }
        return true;
    }

    @Override
    public byte[] key() {
        if (key == null) {
            throw new NoSuchElementException("no current entry");
        }
        return key.clone();
    }

    @Override
    public byte[] value() {
        if (key == null) {
            throw new NoSuchElementException("no current entry");
        }
        if (value == null) {
            value = iterator.value();
        }
        return value.clone();
    }

    /** The current key without a defensive copy, for the locking scan in this package. */
    byte[] currentKey() {
        return key;
    }

    /**
     * Frees the native iterator because the data under it is about to change (savepoint rollback); the next call
     * to {@link #next()} reopens it and continues after the entry last returned.
     */
    void invalidate() {
        if (closed || iterator == null) {
            return;
        }
        if (key != null && value == null) {
            value = iterator.value();
        }
        iterator.close();
        iterator = null;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (iterator != null) {
            iterator.close();
        }
        readOptions.close();
        if (lowerBound != null) {
            lowerBound.close();
        }
        if (upperBound != null) {
            upperBound.close();
        }
        onClose.run();
    }

    private void position() {
        if (!reverse) {
            if (from == null) {
                iterator.seekToFirst();
            } else {
                iterator.seek(from);
            }
            return;
        }
        if (to == null) {
            iterator.seekToLast();
            return;
        }
        iterator.seekForPrev(to);
        if (iterator.isValid() && Arrays.equals(iterator.key(), to)) {
            iterator.prev();
        }
    }

    private void repositionAfter(byte[] last) {
        iterator = open.apply(readOptions);
        if (reverse) {
            iterator.seekForPrev(last);
            if (iterator.isValid() && Arrays.equals(iterator.key(), last)) {
                iterator.prev();
            }
        } else {
            iterator.seek(last);
            if (iterator.isValid() && Arrays.equals(iterator.key(), last)) {
                iterator.next();
            }
        }
    }

    private boolean finish() {
        exhausted = true;
        key = null;
        value = null;
        return false;
    }
}
