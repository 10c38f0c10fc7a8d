package io.sprocket.storage.memory;

import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import io.sprocket.storage.KvTransactionOptions;
import io.sprocket.storage.StorageException;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-memory {@link KvStore}: committed data is a sorted map of version chains stamped with a commit sequence;
 * a snapshot is just a sequence number. Nothing survives {@link #close()}.
 */
public final class MemoryKvStore implements KvStore {
    /** Read sequence meaning "the newest committed version". */
    static final long LATEST = Long.MAX_VALUE;

    private final ConcurrentSkipListMap<byte[], Version> data = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
    private final ConcurrentSkipListMap<Long, Integer> openSnapshots = new ConcurrentSkipListMap<>();
    private final ReentrantLock commitLock = new ReentrantLock();
    private final LockTable lockTable = new LockTable();
    private final AtomicLong transactionIds = new AtomicLong();
    private volatile long committedSequence;
    private volatile boolean closed;

    @Override
    public KvTransaction begin(KvTransactionOptions options) {
        Objects.requireNonNull(options, "options");
        checkOpen();
        MemoryKvTransaction transaction = new MemoryKvTransaction(this, transactionIds.incrementAndGet(), options);
        if (options.snapshotAtBegin()) {
            transaction.ensureSnapshot();
        }
        return transaction;
    }

    @Override
    public KvReader newSnapshotReader() {
        return begin(new KvTransactionOptions(0, true, true));
    }

    @Override
    public void close() {
        closed = true;
        data.clear();
    }

    LockTable lockTable() {
        return lockTable;
    }

    void checkOpen() {
        if (closed) {
            throw new StorageException("store is closed");
        }
    }

    /** Registers a snapshot at the newest commit; under the commit lock so pruning cannot pass it meanwhile. */
    long openSnapshot() {
        commitLock.lock();
        try {
            long sequence = committedSequence;
            openSnapshots.merge(sequence, 1, Integer::sum);
            return sequence;
        } finally {
            commitLock.unlock();
        }
    }

    void closeSnapshot(long sequence) {
        openSnapshots.computeIfPresent(sequence, (key, count) -> count == 1 ? null : count - 1);
    }

    byte[] read(byte[] key, long readSequence) {
        Version head = data.get(key);
        Version visible = head == null ? null : head.visibleAt(readSequence);
        return visible == null ? null : visible.value();
    }

    /** The committed entries in {@code [from, to)}, in scan order; values must be resolved with the read sequence. */
    NavigableMap<byte[], Version> range(byte[] from, byte[] to, boolean reverse) {
        NavigableMap<byte[], Version> range;
        if (from != null && to != null) {
            range = Arrays.compareUnsigned(from, to) >= 0 ? data.subMap(from, true, from, false) : data.subMap(from, to);
        } else if (from != null) {
            range = data.tailMap(from, true);
        } else if (to != null) {
            range = data.headMap(to, false);
        } else {
            range = data;
        }
        return reverse ? range.descendingMap() : range;
    }

    /**
     * Publishes {@code writes} (null value = delete) as one new sequence. The caller holds exclusive locks on every
     * key, so no other writer touches them; readers see all of it or none because they read at a sequence.
     */
    void commit(Map<byte[], byte[]> writes) {
        if (writes.isEmpty()) {
            return;
        }
        commitLock.lock();
        try {
            checkOpen();
            long sequence = committedSequence + 1;
            long oldestReader = openSnapshots.isEmpty() ? sequence : Math.min(openSnapshots.firstKey(), sequence);
            for (Map.Entry<byte[], byte[]> write : writes.entrySet()) {
                byte[] value = write.getValue();
                data.compute(write.getKey(), (key, head) -> {
                    Version pruned = new Version(sequence, value == null ? null : value.clone(), head)
                            .prunedFor(oldestReader);
                    // A delete every reader can see is the same as no entry at all.
                    boolean goneForEveryone = pruned.value() == null && pruned.older() == null
                            && pruned.sequence() <= oldestReader;
                    return goneForEveryone ? null : pruned;
                });
            }
            committedSequence = sequence;
        } finally {
            commitLock.unlock();
        }
    }
}
