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
 * back, so a released savepoint stays on RocksDB's stack and a later rollback unwinds through it; each logical
 * savepoint remembers how deep RocksDB's stack was when it was set. A RocksDB savepoint is only set at the first
 * write after a logical one, so read-only statements cost nothing and leave nothing behind.
 */
final class RocksKvTransaction implements KvTransaction {
    /** A logical savepoint; {@code rocksIndex} is -1 while no write has happened since it was set. */
    private static final class Savepoint {
        int rocksIndex = -1;
    }

    private final RocksKvStore store;
    private final Transaction transaction;
    private final KvTransactionOptions transactionOptions;
    private final OpenScans scans = new OpenScans();
    private final Deque<Savepoint> savepoints = new ArrayDeque<>();
    private int rocksSavepoints;
    private Snapshot snapshot;
    private ReadOptions snapshotReadOptions;
    private long lockWaitTimeoutMillis;
    /** The lock timeout RocksDB currently applies to this transaction (set at begin, switched by locking()). */
    private long rocksLockTimeout;
    /** False until a put or delete: committing without writes then skips the WAL write and its fsync. */
    private boolean wrote;
    private boolean active = true;
    private boolean closed;

    RocksKvTransaction(RocksKvStore store, Transaction transaction, KvTransactionOptions transactionOptions) {
        this.store = Objects.requireNonNull(store, "store");
        this.transaction = transaction;
        this.transactionOptions = Objects.requireNonNull(transactionOptions, "transactionOptions");
        this.lockWaitTimeoutMillis = transactionOptions.lockWaitTimeoutMillis();
        this.rocksLockTimeout = lockWaitTimeoutMillis;
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
        materializeSavepoints();
        locking(() -> {
            transaction.put(key, value);
            return null;
        });
        wrote = true;
    }

    @Override
    public void delete(byte[] key) {
        Objects.requireNonNull(key, "key");
        checkWritable();
        materializeSavepoints();
        locking(() -> {
            transaction.delete(key);
            return null;
        });
        wrote = true;
    }

    @Override
    public void setSavepoint() {
        checkActive();
        savepoints.push(new Savepoint());
    }

    @Override
    public void rollbackToSavepoint() {
        checkActive();
        if (savepoints.isEmpty()) {
            throw new IllegalStateException("no savepoint to roll back to");
        }
        Savepoint target = savepoints.pop();
        if (target.rocksIndex < 0) {
            return; // nothing was written since it was set
        }
        // Rolling back rebuilds the write batch index under the transaction's iterators: reopen them afterwards.
        scans.invalidateAll();
        try {
            while (rocksSavepoints > target.rocksIndex) {
                transaction.rollbackToSavePoint();
                rocksSavepoints--;
            }
        } catch (RocksDBException e) {
            throw RocksErrors.translate(e);
        }
        // Savepoints that shared the RocksDB savepoint just consumed are back to "nothing written since".
        for (Savepoint remaining : savepoints) {
            if (remaining.rocksIndex >= rocksSavepoints) {
                remaining.rocksIndex = -1;
            }
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
        scans.closeAll();
        if (transaction != null) {
            try {
                if (wrote && store.options().syncCommit() && Thread.currentThread().isVirtual()) {
                    store.blockingCalls().onPlatformThread(() -> {
                        transaction.commit();
                        return null;
                    });
                } else if (wrote) {
                    transaction.commit();
                } else {
                    transaction.rollback();
                }
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

    /** Gives every savepoint set since the last write one shared RocksDB savepoint, just before a write. */
    private void materializeSavepoints() {
        Savepoint top = savepoints.peek();
        if (top == null || top.rocksIndex >= 0) {
            return;
        }
        try {
            transaction.setSavePoint();
        } catch (RocksDBException e) {
            throw RocksErrors.translate(e);
        }
        for (Savepoint savepoint : savepoints) {
            if (savepoint.rocksIndex >= 0) {
                break;
            }
            savepoint.rocksIndex = rocksSavepoints;
        }
        rocksSavepoints++;
    }

    @Override
    public void refreshSnapshot() {
        checkActive();
        if (snapshot != null && scans.isEmpty()) {
            snapshotReadOptions.close();
            store.releaseSnapshot(snapshot);
            snapshot = null;
            snapshotReadOptions = null;
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
     * on a platform thread (see {@link BlockingCalls}); the timeout restarts then, which only lengthens it by the
     * negligible time of the first try.
     */
    private <T> T locking(BlockingCalls.RocksCall<T> call) {
        long timeout = lockWaitTimeoutMillis;
        try {
            if (!Thread.currentThread().isVirtual() || timeout == 0) {
                applyLockTimeout(timeout);
                return call.call();
            }
            applyLockTimeout(0);
            try {
                return call.call();
            } catch (RocksDBException e) {
                if (!RocksErrors.isLockTimeout(e)) {
                    throw e;
                }
            }
            return store.blockingCalls().onPlatformThread(() -> {
                applyLockTimeout(timeout);
                return call.call();
            });
        } catch (RocksDBException e) {
            throw RocksErrors.translate(e);
        }
    }

    /** Changes RocksDB's per-transaction lock timeout only when it differs, to save a native call per write. */
    private void applyLockTimeout(long millis) {
        if (rocksLockTimeout != millis) {
            transaction.setLockTimeout(millis);
            rocksLockTimeout = millis;
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
