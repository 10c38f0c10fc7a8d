package io.sprocket.storage;

/**
 * One transaction with InnoDB-like REPEATABLE READ semantics.
 *
 * <ul>
 *   <li><b>Consistent reads</b> ({@link #get}, {@link #scan}) see a snapshot taken at the first read (or at
 *       begin, or at {@link #ensureSnapshot()}) merged with this transaction's own uncommitted writes.</li>
 *   <li><b>Current reads</b> ({@link #getForUpdate}, {@link #scanForUpdate}) lock the key and read the latest
 *       committed value, ignoring the snapshot, exactly like InnoDB's SELECT ... FOR UPDATE / FOR SHARE and the
 *       reads behind UPDATE and DELETE. Own writes are visible to them too.</li>
 *   <li><b>Writes</b> ({@link #put}, {@link #delete}) take an exclusive lock on the key and never fail because the
 *       snapshot is stale: they may wait for a lock ({@link LockWaitTimeoutException},
 *       {@link DeadlockException}) but are otherwise accepted. Locks are held until commit or rollback.</li>
 *   <li><b>Savepoints</b> form a stack; the engine pushes one before each statement and pops it with
 *       {@link #releaseSavepoint()} on success or {@link #rollbackToSavepoint()} on failure.</li>
 * </ul>
 *
 * <p>Locks are on individual keys only: there are no gap or next-key locks, so a locking range scan does not
 * prevent inserts into the range (phantoms are possible for current reads).
 *
 * <p>Not thread-safe: one thread uses a transaction at a time. {@link #close()} rolls back an uncommitted
 * transaction, so try-with-resources is the natural shape.
 */
public interface KvTransaction extends KvReader {
    /** Takes the read snapshot now if none has been taken yet (START TRANSACTION WITH CONSISTENT SNAPSHOT). */
    void ensureSnapshot();

    /**
     * READ COMMITTED: drops the read snapshot so that the next read takes a fresh one and sees transactions
     * committed since. Does nothing while scans opened on the old snapshot are still open.
     */
    void refreshSnapshot();

    /**
     * Locks {@code key} (exclusive for FOR UPDATE and writes, shared for FOR SHARE) and returns its latest committed
     * value, or this transaction's own uncommitted value if it wrote the key; null if absent. A missing key is
     * locked too, so a concurrent insert of it waits.
     */
    byte[] getForUpdate(byte[] key, boolean exclusive);

    /**
     * A current-read range scan: every key found in the latest committed state (merged with own writes) is locked
     * before it is returned, and the value returned is the one read after the lock was granted. Keys deleted while
     * waiting for their lock are skipped. Locks of keys returned stay held even if the scan is closed early.
     */
    KvIterator scanForUpdate(byte[] from, byte[] to, boolean reverse, boolean exclusive);

    void put(byte[] key, byte[] value);

    void delete(byte[] key);

    /** Pushes a savepoint on the stack. */
    void setSavepoint();

    /**
     * Undoes every write made since the most recent savepoint and pops it. Locks taken since then may or may not
     * be released (RocksDB releases them, InnoDB would not); callers must not rely on either.
     *
     * @throws IllegalStateException if there is no savepoint
     */
    void rollbackToSavepoint();

    /** Pops the most recent savepoint, keeping the writes made since it. */
    void releaseSavepoint();

    /**
     * Changes the lock wait timeout for later lock requests of this transaction: a session may SET
     * innodb_lock_wait_timeout in the middle of a transaction and MySQL applies it to the next wait.
     */
    void setLockWaitTimeoutMillis(long millis);

    /** How many savepoints are on the stack. */
    int savepointDepth();

    /** Makes all writes durable and visible atomically, then releases locks. */
    void commit();

    /** Discards all writes and releases locks. Harmless on a finished transaction. */
    void rollback();

    /** True until commit or rollback. */
    boolean isActive();

    boolean isReadOnly();

    /** Rolls back if still active, then frees resources. */
    @Override
    void close();
}
