package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.storage.DeadlockException;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import io.sprocket.storage.KvTransactionOptions;
import io.sprocket.storage.LockWaitTimeoutException;
import io.sprocket.storage.StorageException;
import java.util.ArrayList;
import java.util.List;

/**
 * A session's transaction state: autocommit or an explicit transaction, the storage transaction behind it, the
 * statement savepoint that makes a failed statement roll back only itself, and SQL SAVEPOINT names.
 */
final class Transactions {
    private final KvStore store;
    private KvTransaction txn;
    /** START TRANSACTION / BEGIN, or autocommit=0 with work done: stays open across statements. */
    private boolean explicit;
    private final List<String> savepoints = new ArrayList<>();

    private final io.sprocket.engine.row.TableCaches caches;

    Transactions(KvStore store, io.sprocket.engine.row.TableCaches caches) {
        this.caches = caches;
        this.store = store;
    }

    /** The storage transaction for the current statement, beginning one if needed. */
    KvTransaction current(long lockWaitTimeoutSeconds) {
        if (txn == null) {
            txn = store.begin(KvTransactionOptions.DEFAULT.withLockWaitTimeoutMillis(lockWaitTimeoutSeconds * 1000L));
        }
        return txn;
    }

    boolean active() {
        return txn != null;
    }

    boolean explicit() {
        return explicit;
    }

    void begin(long lockWaitTimeoutSeconds, boolean consistentSnapshot) {
        commit();
        explicit = true;
        current(lockWaitTimeoutSeconds);
        if (consistentSnapshot) txn.ensureSnapshot();
    }

    /** Marks the open transaction as spanning statements (autocommit=0). */
    void keepOpen() {
        if (txn != null) explicit = true;
    }

    void commit() {
        KvTransaction t = txn;
        txn = null;
        explicit = false;
        savepoints.clear();
        if (t != null) {
            try {
                t.commit();
            } catch (StorageException e) {
                throw map(e);
            } finally {
                t.close();
                caches.ended(t); // after the commit is visible: cached scans of its tables may resume
            }
        }
    }

    void rollback() {
        KvTransaction t = txn;
        txn = null;
        explicit = false;
        savepoints.clear();
        if (t != null) {
            try {
                t.rollback();
            } finally {
                t.close();
                caches.ended(t);
            }
        }
    }

    /** Each statement under READ COMMITTED (or READ UNCOMMITTED) reads a fresh snapshot. */
    void statementBegins(String isolation) {
        if (txn != null && (isolation.equals("READ-COMMITTED") || isolation.equals("READ-UNCOMMITTED"))) {
            txn.refreshSnapshot();
        }
    }

    /** Before a statement that writes: a savepoint so that its failure undoes only its own changes. */
    void statementStart() {
        if (txn != null) txn.setSavepoint();
    }

    void statementSucceeded() {
        if (txn != null && txn.savepointDepth() > 0) txn.releaseSavepoint();
    }

    void statementFailed() {
        if (txn != null && txn.savepointDepth() > 0) txn.rollbackToSavepoint();
    }

    void savepoint(String name) {
        if (txn == null) return; // MySQL accepts SAVEPOINT outside a transaction and forgets it
        int existing = indexOf(name);
        if (existing >= 0) {
            // Re-declaring a savepoint moves it: drop the old one and everything after it.
            while (savepoints.size() > existing) {
                savepoints.remove(savepoints.size() - 1);
            }
        }
        txn.setSavepoint();
        savepoints.add(name);
    }

    void rollbackTo(String name) {
        int i = indexOf(name);
        if (i < 0) throw new SqlException(ErrorCode.ER_SP_DOES_NOT_EXIST, "SAVEPOINT", name);
        // Storage savepoints are a stack in step with the names (statement savepoints are released on success).
        while (savepoints.size() > i + 1) {
            txn.releaseSavepoint();
            savepoints.remove(savepoints.size() - 1);
        }
        txn.rollbackToSavepoint();
        txn.setSavepoint();
    }

    void release(String name) {
        int i = indexOf(name);
        if (i < 0) throw new SqlException(ErrorCode.ER_SP_DOES_NOT_EXIST, "SAVEPOINT", name);
        while (savepoints.size() > i) {
            txn.releaseSavepoint();
            savepoints.remove(savepoints.size() - 1);
        }
    }

    private int indexOf(String name) {
        for (int i = savepoints.size() - 1; i >= 0; i--) {
            if (savepoints.get(i).equalsIgnoreCase(name)) return i;
        }
        return -1;
    }

    /** Storage conditions as MySQL errors: lock wait timeout 1205, deadlock 1213 (which rolls back the transaction). */
    SqlException map(StorageException e) {
        if (e instanceof LockWaitTimeoutException) return new SqlException(ErrorCode.ER_LOCK_WAIT_TIMEOUT);
        if (e instanceof DeadlockException) {
            rollback();
            return new SqlException(ErrorCode.ER_LOCK_DEADLOCK);
        }
        return new SqlException(ErrorCode.ER_INTERNAL_ERROR, "storage: " + e.getMessage());
    }
}
