package io.sprocket.storage.rocksdb;

import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvTransaction;
import io.sprocket.storage.KvTransactionOptions;
import io.sprocket.storage.ReadOnlyTransactionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.Snapshot;
import org.rocksdb.Transaction;

/**
 * A transaction on {@link RocksKvStore}: a pessimistic RocksDB transaction (null when read-only) for writes and
 * locks, plus a RocksDB snapshot taken lazily for consistent reads.
 *
 * <p>Savepoints: RocksDB can roll back to its newest savepoint but the Java API cannot pop one without rolling
 * back, so a released savepoint stays on RocksDB's stack and a later rollback unwinds through it; the logical
 * stack remembers how deep RocksDB's stack was when each savepoint was set.
 */
final class RocksKvTransaction implements KvTransaction {
    private final RocksKvStore store;
    private final Transaction transaction;
    private final KvTransactionOptions transactionOptions;
    private final OpenScans scans = new OpenScans();
    private final Deque<Integer> savepoints = new ArrayDeque<>();
    private int rocksSavepoints;
    private Snapshot snapshot;
    private ReadOptions snapshotReadOptions;
    private boolean active = true;
    private boolean closed;

    RocksKvTransaction(RocksKvStore store, Transaction transaction, KvTransactionOptions transactionOptions) {
        this.store = Objects.requireNonNull(store, "store");
        this.transaction = transaction;
        this.transactionOptions = Objects.requireNonNull(transactionOptions, "transactionOptions");
    }

    @Override
    public void ensureSnapshot() {
        checkActive();
        if (snapshot == null) {
            snapshot = store.takeSnapshot();
            snapshotReadOptions = new ReadOptions().setSnapshot(snapshot);
        }
    }

    @Override
    public byte[] get(byte[] key) {
        Objects.requireNonNull(key, "key");
        ensureSnapshot();
        try {
            return transaction == null
                    ? store.db().get(snapshotReadOptions, key)
                    : transaction.get(snapshotReadOptions, key);
        } catch (RocksDBException e) {
            throw RocksErrors.translate(e);
        }
    }

    @Override
    public KvIterator scan(byte[] from, byte[] to, boolean reverse) {
        ensureSnapshot();
        return scans.track(onClose -> new RocksScan(snapshotReadOptions, from, to, reverse,
                transaction == null ? store.db()::newIterator : transaction::getIterator, onClose));
    }

    @Override
    public byte[] getForUpdate(byte[] key, boolean exclusive) {
        Objects.requireNonNull(key, "key");
        checkWritable();
        return locking(() -> transaction.getForUpdate(store.latestReadOptions(), key, exclusive));
    }

    @Override
    public KvIterator scanForUpdate(byte[] from, byte[] to, boolean reverse, boolean exclusive) {
        checkWritable();
        RocksScan latest = scans.track(onClose -> new RocksScan(store.latestReadOptions(), from, to, reverse,
                transaction::getIterator, onClose));
        return new LockingScan(latest, exclusive);
    }

    @Override
    public void put(byte[] key, byte[] value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        checkWritable();
        locking(() -> {
            transaction.put(key, value);
            return null;
        });
    }

    @Override
    public void delete(byte[] key) {
        Objects.requireNonNull(key, "key");
        checkWritable();
        locking(() -> {
            transaction.delete(key);
            return null;
        });
    }

    @Override
    public void setSavepoint() {
        checkActive();
        if (transaction != null) {
            try {
                transaction.setSavePoint();
            } catch (RocksDBException e) {
                throw RocksErrors.translate(e);
            }
        }
        savepoints.push(rocksSavepoints);
        rocksSavepoints++;
    }

    @Override
    public void rollbackToSavepoint() {
        checkActive();
        if (savepoints.isEmpty()) {
            throw new IllegalStateException("no savepoint to roll back to");
        }
        int target = savepoints.pop();
        // Rolling back invalidates the transaction's iterators.
        scans.closeAll();
        try {
            while (rocksSavepoints > target) {
                if (transaction != null) {
                    transaction.rollbackToSavePoint();
                }
                rocksSavepoints--;
            }
        } catch (RocksDBException e) {
            throw RocksErrors.translate(e);
        }
    }

    @Override
    public void releaseSavepoint() {
        checkActive();
        if (savepoints.isEmpty()) {
            throw new IllegalStateException("no savepoint to release");
        }
        savepoints.pop();
    }

    @Override
    public int savepointDepth() {
        return savepoints.size();
    }

    @Override
    public void commit() {
        checkActive();
        scans.closeAll();
        if (transaction != null) {
            try {
                transaction.commit();
            } catch (RocksDBException e) {
                throw RocksErrors.translate(e);
            }
        }
        finish();
    }

    @Override
    public void rollback() {
        if (!active) {
            return;
        }
        scans.closeAll();
        try {
            if (transaction != null) {
                transaction.rollback();
            }
        } catch (RocksDBException e) {
            throw RocksErrors.translate(e);
        } finally {
            finish();
        }
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public boolean isReadOnly() {
        return transactionOptions.readOnly();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            rollback();
        } finally {
            closed = true;
            if (transaction != null) {
                transaction.close();
            }
            store.unregister(this);
        }
    }

    private void finish() {
        active = false;
        savepoints.clear();
        if (snapshot != null) {
            snapshotReadOptions.close();
            store.releaseSnapshot(snapshot);
            snapshot = null;
            snapshotReadOptions = null;
        }
    }

    /**
     * Runs a call that may wait for a row lock. On a virtual thread, try without waiting first and do any real wait
     * on a platform thread (see {@link LockWaits}); the timeout restarts then, which only lengthens it by the
     * negligible time of the first try.
     */
    private <T> T locking(LockWaits.RocksCall<T> call) {
        long timeout = transactionOptions.lockWaitTimeoutMillis();
        try {
            if (!Thread.currentThread().isVirtual() || timeout == 0) {
                return call.call();
            }
            transaction.setLockTimeout(0);
            try {
                return call.call();
            } catch (RocksDBException e) {
                if (!RocksErrors.isLockTimeout(e)) {
                    throw e;
                }
            } finally {
                transaction.setLockTimeout(timeout);
            }
            return store.lockWaits().onPlatformThread(call);
        } catch (RocksDBException e) {
            throw RocksErrors.translate(e);
        }
    }

    private void checkActive() {
        if (!active) {
            throw new IllegalStateException(closed ? "transaction is closed" : "transaction has ended");
        }
        store.checkOpen();
    }

    private void checkWritable() {
        checkActive();
        if (transaction == null) {
            throw new ReadOnlyTransactionException("Cannot execute statement in a READ ONLY transaction.");
        }
    }

    /** Locks each key the latest-state scan finds and returns the value read under the lock. */
    private final class LockingScan implements KvIterator {
        private final RocksScan latest;
        private final boolean exclusive;
        private byte[] key;
        private byte[] value;

        LockingScan(RocksScan latest, boolean exclusive) {
            this.latest = latest;
            this.exclusive = exclusive;
        }

        @Override
        public boolean next() {
            while (latest.next()) {
                byte[] candidate = latest.currentKey();
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
            return current(key);
        }

        @Override
        public byte[] value() {
            return current(value);
        }

        @Override
        public void close() {
            latest.close();
        }

        private byte[] current(byte[] bytes) {
            if (bytes == null) {
                throw new NoSuchElementException("no current entry");
            }
            return bytes.clone();
        }
    }
}
