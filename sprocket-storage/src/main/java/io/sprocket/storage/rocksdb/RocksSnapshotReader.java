package io.sprocket.storage.rocksdb;

import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvReader;
import java.util.Objects;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.Snapshot;

/** Reads straight from the database at one snapshot: no transaction object, no write batch, no locks. */
final class RocksSnapshotReader implements KvReader {
    private final RocksKvStore store;
    private final Snapshot snapshot;
    private final ReadOptions readOptions;
    private final OpenScans scans = new OpenScans();
    private boolean closed;

    RocksSnapshotReader(RocksKvStore store) {
        this.store = store;
        this.snapshot = store.takeSnapshot();
        this.readOptions = new ReadOptions().setSnapshot(snapshot);
    }

    @Override
    public byte[] get(byte[] key) {
        Objects.requireNonNull(key, "key");
        checkOpen();
        try {
            return store.db().get(readOptions, key);
        } catch (RocksDBException e) {
            throw RocksErrors.translate(e);
        }
    }

    @Override
    public KvIterator scan(byte[] from, byte[] to, boolean reverse) {
        checkOpen();
        return scans.track(onClose -> new RocksScan(readOptions, from, to, reverse, store.db()::newIterator, onClose));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        scans.closeAll();
        readOptions.close();
        store.releaseSnapshot(snapshot);
        store.unregister(this);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("reader is closed");
        }
        store.checkOpen();
    }
}
