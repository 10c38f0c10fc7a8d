package io.sprocket.storage.rocksdb;

/**
 * Tuning for an embedded store. The defaults suit a small (2-core) machine serving an OLTP workload.
 *
 * @param blockCacheBytes shared LRU cache for data, index and filter blocks
 * @param writeBufferBytes size of one memtable before it is flushed
 * @param maxBackgroundJobs flush and compaction threads
 * @param syncCommit fsync the WAL on every commit (a committed transaction survives a power loss or kill -9);
 *     turning it off keeps commits atomic but may lose the last ones after a machine crash
 */
public record RocksStoreOptions(long blockCacheBytes, long writeBufferBytes, int maxBackgroundJobs, boolean syncCommit) {
    public static final RocksStoreOptions DEFAULT = new RocksStoreOptions(64L << 20, 32L << 20, 2, true);

    public RocksStoreOptions {
        if (blockCacheBytes <= 0 || writeBufferBytes <= 0 || maxBackgroundJobs <= 0) {
            throw new IllegalArgumentException("sizes and job count must be positive");
        }
    }

    public RocksStoreOptions withSyncCommit(boolean value) {
        return new RocksStoreOptions(blockCacheBytes, writeBufferBytes, maxBackgroundJobs, value);
    }
}
