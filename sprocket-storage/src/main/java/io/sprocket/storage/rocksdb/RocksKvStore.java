package io.sprocket.storage.rocksdb;

import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import io.sprocket.storage.KvTransactionOptions;
import io.sprocket.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompressionType;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.Snapshot;
import org.rocksdb.Transaction;
import org.rocksdb.TransactionDB;
import org.rocksdb.TransactionDBOptions;
import org.rocksdb.TransactionOptions;
import org.rocksdb.WriteOptions;

/**
 * {@link KvStore} on an embedded RocksDB pessimistic TransactionDB in one directory.
 *
 * <p>Closing the store closes every transaction and reader still open on it, so a late caller gets an exception
 * instead of touching freed native memory.
 */
public final class RocksKvStore implements KvStore {
    static {
        RocksDB.loadLibrary();
    }

    private final Path directory;
    private final RocksStoreOptions storeOptions;
    private final LRUCache blockCache;
    private final BloomFilter bloomFilter;
    private final Options options;
    private final TransactionDBOptions transactionDbOptions;
    private final TransactionDB db;
    private final WriteOptions commitWriteOptions;
    private final ReadOptions latestReadOptions;
    private final BlockingCalls blockingCalls;
    private final Set<AutoCloseable> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** Set only once the database itself is closed: until then, closing transactions still release snapshots. */
    private volatile boolean databaseClosed;

    private RocksKvStore(Path directory, RocksStoreOptions storeOptions) {
        this.directory = directory;
        this.storeOptions = storeOptions;
        this.blockCache = new LRUCache(storeOptions.blockCacheBytes());
        this.bloomFilter = new BloomFilter(10, false);
        BlockBasedTableConfig table = new BlockBasedTableConfig()
                .setBlockCache(blockCache)
                .setFilterPolicy(bloomFilter)
                .setWholeKeyFiltering(true)
                .setCacheIndexAndFilterBlocks(true)
                .setPinL0FilterAndIndexBlocksInCache(true)
                .setBlockSize(16 * 1024);
        this.options = new Options()
                .setCreateIfMissing(true)
                .setTableFormatConfig(table)
                .setWriteBufferSize(storeOptions.writeBufferBytes())
                .setMaxWriteBufferNumber(3)
                // Whole-key bloom in the memtable too: duplicate-key checks of INSERT mostly probe absent keys.
                .setMemtablePrefixBloomSizeRatio(0.1)
                .setMemtableWholeKeyFiltering(true)
                .setMaxBackgroundJobs(storeOptions.maxBackgroundJobs())
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setBottommostCompressionType(CompressionType.ZSTD_COMPRESSION)
                .setLevelCompactionDynamicLevelBytes(true)
                .setBytesPerSync(1 << 20)
                .setKeepLogFileNum(5)
                .setInfoLogLevel(InfoLogLevel.WARN_LEVEL);
        this.transactionDbOptions = new TransactionDBOptions();
        try {
            this.db = TransactionDB.open(options, transactionDbOptions, directory.toString());
        } catch (RocksDBException e) {
            transactionDbOptions.close();
            options.close();
            bloomFilter.close();
            blockCache.close();
            throw new StorageException("cannot open RocksDB store in " + directory + ": " + e.getMessage(), e);
        }
        this.commitWriteOptions = new WriteOptions().setSync(storeOptions.syncCommit());
        this.latestReadOptions = new ReadOptions();
        this.blockingCalls = new BlockingCalls();
    }

    /** Opens (creating if needed) the store in {@code directory}. */
    public static RocksKvStore open(Path directory, RocksStoreOptions options) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(options, "options");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StorageException("cannot create store directory " + directory, e);
        }
        return new RocksKvStore(directory, options);
    }

    public static RocksKvStore open(Path directory) {
        return open(directory, RocksStoreOptions.DEFAULT);
    }

    public Path directory() {
        return directory;
    }

    public RocksStoreOptions options() {
        return storeOptions;
    }

    @Override
    public KvTransaction begin(KvTransactionOptions transactionOptions) {
        Objects.requireNonNull(transactionOptions, "transactionOptions");
        checkOpen();
        Transaction transaction = null;
        if (!transactionOptions.readOnly()) {
            // No setSetSnapshot: writes and locking reads must see the latest state, never fail validation.
            try (TransactionOptions rocksOptions = new TransactionOptions()
                    .setDeadlockDetect(true)
                    .setLockTimeout(transactionOptions.lockWaitTimeoutMillis())) {
                transaction = db.beginTransaction(commitWriteOptions, rocksOptions);
            }
        }
        RocksKvTransaction result = new RocksKvTransaction(this, transaction, transactionOptions);
        register(result);
        if (transactionOptions.snapshotAtBegin()) {
            result.ensureSnapshot();
        }
        return result;
    }

    @Override
    public KvReader newSnapshotReader() {
        checkOpen();
        RocksSnapshotReader reader = new RocksSnapshotReader(this);
        register(reader);
        return reader;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (AutoCloseable resource : open) {
            try {
                resource.close();
            } catch (Exception e) {
                // Best effort: the store is going away either way.
            }
        }
        blockingCalls.close();
        latestReadOptions.close();
        commitWriteOptions.close();
        databaseClosed = true;
        db.close();
        transactionDbOptions.close();
        options.close();
        bloomFilter.close();
        blockCache.close();
    }

    TransactionDB db() {
        return db;
    }

    ReadOptions latestReadOptions() {
        return latestReadOptions;
    }

    BlockingCalls blockingCalls() {
        return blockingCalls;
    }

    Snapshot takeSnapshot() {
        checkOpen();
        return db.getSnapshot();
    }

    void releaseSnapshot(Snapshot snapshot) {
        if (!databaseClosed) {
            db.releaseSnapshot(snapshot);
        }
    }

    void unregister(AutoCloseable resource) {
        open.remove(resource);
    }

    void checkOpen() {
        if (closed) {
            throw new StorageException("store is closed");
        }
    }

    private void register(AutoCloseable resource) {
        open.add(resource);
    }
}
