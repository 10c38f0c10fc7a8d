package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.CatalogStore;
import io.sprocket.storage.KvTransaction;
import java.util.concurrent.locks.Lock;

/**
 * How a stored-object statement (CREATE / ALTER / DROP VIEW, TRIGGER, EVENT) changes the catalog: the open
 * transaction commits first (DDL commits implicitly), then, under the metadata write lock, one storage transaction
 * computes the new catalog from the current one, writes it with the new version and publishes it once committed.
 * A change that returns the catalog it was given (IF EXISTS on nothing) writes nothing.
 */
final class StoredObjectDdl {
    private StoredObjectDdl() {
    }

    @FunctionalInterface
    interface Change {
        Catalog apply(KvTransaction txn, Catalog before);
    }

    /** Runs {@code change}; returns true when it changed the catalog (and so published a new one). */
    static boolean run(SessionImpl session, Change change) {
        session.transactions.commit();
        Lock lock = session.engine.metadataLock().writeLock();
        lock.lock();
        try (KvTransaction txn = session.engine.store().begin()) {
            Catalog before = session.engine.catalog();
            Catalog after = change.apply(txn, before);
            if (after == before) return false;
            CatalogStore.putVersion(txn, after.version());
            txn.commit();
            session.engine.publish(after);
            return true;
        } finally {
            lock.unlock();
        }
    }
}
