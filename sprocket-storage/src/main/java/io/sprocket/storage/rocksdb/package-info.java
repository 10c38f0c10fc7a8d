/**
 * The embedded engine: {@link io.sprocket.storage.KvStore} on a RocksDB pessimistic TransactionDB.
 *
 * <p>Writes and locking reads go through a RocksDB transaction begun without a transaction snapshot, so they are
 * never rejected by snapshot validation (InnoDB's current-read behaviour); consistent reads use a separate RocksDB
 * snapshot in ReadOptions and go through the transaction's write batch so own writes are visible. Lock waits and
 * synced commits that would block a virtual thread inside native code are moved to a platform thread (see
 * {@code BlockingCalls}).
 *
 * <p>Only this package imports org.rocksdb.
 */
package io.sprocket.storage.rocksdb;
