/**
 * The storage contract: an ordered, transactional key-value store over byte[] keys compared as unsigned bytes
 * (memcmp order), with snapshot reads, current (locking) reads, row locks with bounded waits and deadlock
 * detection, and a savepoint stack for statement-level rollback. Also the order-preserving key encoding
 * ({@link io.sprocket.storage.KeyEncoder}, {@link io.sprocket.storage.KeyDecoder}).
 *
 * <p>Knows nothing of SQL and must not import any other Sprocket module: the same contract is meant to be
 * implemented by RocksDB (embedded) and later by Apache Ignite 3 (distributed), whose VARBINARY order agrees with
 * unsigned bytewise order.
 */
package io.sprocket.storage;
