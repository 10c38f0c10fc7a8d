package io.sprocket.storage.memory;

import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvTransaction;
import io.sprocket.storage.KvTransactionOptions;
import io.sprocket.storage.ReadOnlyTransactionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A transaction on {@link MemoryKvStore}: own writes in a sorted map (a skip list, so a scan may run while the same
 * transaction writes), an undo log per savepoint, and the keys it has locked.
 */
final class MemoryKvTransaction implements KvTransaction {
    /** An own write; {@code value} null is a delete. */
    record Write(byte[] value) {
    }

    private record Undo(byte[] key, Write previous) {
    }

    private final MemoryKvStore store;
    private final long id;
    private final KvTransactionOptions options;
    private long lockWaitTimeoutMillis;
    private final ConcurrentSkipListMap<byte[], Write> writes = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
    private final Deque<List<Undo>> savepoints = new ArrayDeque<>();
    private final List<byte[]> lockedKeys = new ArrayList<>();
    private long snapshot = -1;
    /** Snapshots replaced by refreshSnapshot; open scans may still read them, so they close with the transaction. */
    private final java.util.List<Long> retiredSnapshots = new java.util.ArrayList<>();
    private boolean active = true;

    MemoryKvTransaction(MemoryKvStore store, long id, KvTransactionOptions options) {
        this.store = store;
        this.id = id;
        this.options = options;
        this.lockWaitTimeoutMillis = options.lockWaitTimeoutMillis();
    }

    @Override
    public void ensureSnapshot() {
        checkActive();
        if (snapshot < 0) {
            snapshot = store.openSnapshot();
        }
    }

    @Override
    public void refreshSnapshot() {
        checkActive();
        if (snapshot >= 0) {
            retiredSnapshots.add(snapshot);
            snapshot = -1;
        }
    }

    @Override
    public byte[] get(byte[] key) {
        Objects.requireNonNull(key, "key");
        ensureSnapshot();
        return read(key, snapshot);
    }

    @Override
    public KvIterator scan(byte[] from, byte[] to, boolean reverse) {
        ensureSnapshot();
        return new MergedScan(store.range(from, to, reverse), ownRange(from, to, reverse), snapshot, reverse);
    }

    @Override
    public byte[] getForUpdate(byte[] key, boolean exclusive) {
        Objects.requireNonNull(key, "key");
        checkWritable();
        lock(key, exclusive);
        return read(key, MemoryKvStore.LATEST);
    }

    @Override
    public KvIterator scanForUpdate(byte[] from, byte[] to, boolean reverse, boolean exclusive) {
        checkWritable();
        MergedScan latest = new MergedScan(store.range(from, to, reverse), ownRange(from, to, reverse),
                MemoryKvStore.LATEST, reverse);
        return new KvIterator() {
            private byte[] key;
            private byte[] value;

            @Override
            public boolean next() {
                while (latest.next()) {
                    byte[] candidate = latest.key();
                    byte[] locked = getForUpdate(candidate, exclusive);
                    if (locked != null) {
                        key = candidate;
                        value = locked;
                        return true;
                    }
                }
                key = null;
                value = null;
                return false;
            }

            @Override
            public byte[] key() {
                return MergedScan.copyOfCurrent(key);
            }

            @Override
            public byte[] value() {
                return MergedScan.copyOfCurrent(value);
            }

            @Override
            public void close() {
                latest.close();
            }
        };
    }

    @Override
    public void put(byte[] key, byte[] value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        write(key, new Write(value.clone()));
    }

    @Override
    public void delete(byte[] key) {
        Objects.requireNonNull(key, "key");
        write(key, new Write(null));
    }

    @Override
    public void setSavepoint() {
        checkActive();
        savepoints.push(new ArrayList<>());
    }

    @Override
    public void rollbackToSavepoint() {
        checkActive();
        if (savepoints.isEmpty()) {
            throw new IllegalStateException("no savepoint to roll back to");
        }
        List<Undo> undo = savepoints.pop();
        for (int i = undo.size() - 1; i >= 0; i--) {
            Undo entry = undo.get(i);
            if (entry.previous() == null) {
                writes.remove(entry.key());
            } else {
                writes.put(entry.key(), entry.previous());
            }
        }
    }

    @Override
    public void releaseSavepoint() {
        checkActive();
        if (savepoints.isEmpty()) {
            throw new IllegalStateException("no savepoint to release");
        }
        List<Undo> undo = savepoints.pop();
        // The enclosing savepoint must still be able to undo these writes.
        if (!savepoints.isEmpty()) {
            savepoints.peek().addAll(undo);
        }
    }

    @Override
    public void setLockWaitTimeoutMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("lock wait timeout must be >= 0: " + millis);
        }
        lockWaitTimeoutMillis = millis;
    }

    @Override
    public int savepointDepth() {
        return savepoints.size();
    }

    @Override
    public void commit() {
        checkActive();
        Map<byte[], byte[]> toPublish = new LinkedHashMap<>();
        for (Map.Entry<byte[], Write> write : writes.entrySet()) {
            toPublish.put(write.getKey(), write.getValue().value());
        }
        store.commit(toPublish);
        finish();
    }

    @Override
    public void rollback() {
        if (active) {
            finish();
        }
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public boolean isReadOnly() {
        return options.readOnly();
    }

    @Override
    public void close() {
        rollback();
    }

    private byte[] read(byte[] key, long readSequence) {
        Write own = writes.get(key);
        if (own != null) {
            return own.value() == null ? null : own.value().clone();
        }
        byte[] committed = store.read(key, readSequence);
        return committed == null ? null : committed.clone();
    }

    private void write(byte[] key, Write write) {
        checkWritable();
        lock(key, true);
        byte[] copy = key.clone();
        Write previous = writes.put(copy, write);
        if (!savepoints.isEmpty()) {
            savepoints.peek().add(new Undo(copy, previous));
        }
    }

    private void lock(byte[] key, boolean exclusive) {
        if (store.lockTable().acquire(id, key, exclusive, lockWaitTimeoutMillis)) {
            lockedKeys.add(key.clone());
        }
    }

    private NavigableMap<byte[], Write> ownRange(byte[] from, byte[] to, boolean reverse) {
        NavigableMap<byte[], Write> range;
        if (from != null && to != null) {
            range = Arrays.compareUnsigned(from, to) >= 0 ? writes.subMap(from, true, from, false)
                    : writes.subMap(from, to);
        } else if (from != null) {
            range = writes.tailMap(from, true);
        } else if (to != null) {
            range = writes.headMap(to, false);
        } else {
            range = writes;
        }
        return reverse ? range.descendingMap() : range;
    }

    private void finish() {
        active = false;
        writes.clear();
        savepoints.clear();
        store.lockTable().releaseAll(id, lockedKeys);
        lockedKeys.clear();
        if (snapshot >= 0) {
            store.closeSnapshot(snapshot);
            snapshot = -1;
        }
        for (long retired : retiredSnapshots) {
            store.closeSnapshot(retired);
        }
        retiredSnapshots.clear();
    }

    private void checkActive() {
        if (!active) {
            throw new IllegalStateException("transaction has ended");
        }
        store.checkOpen();
    }

    private void checkWritable() {
        checkActive();
        if (options.readOnly()) {
            throw new ReadOnlyTransactionException("Cannot execute statement in a READ ONLY transaction.");
        }
    }
}
