package io.sprocket.engine.row;

import io.sprocket.engine.catalog.TableDef;
import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decoded rows of read-mostly tables, kept in memory for full scans: the role InnoDB's buffer pool plays for a
 * table scan. Reading a row through the storage engine costs a few native calls; a cached scan costs an array
 * read. A cached scan must return exactly what the reader's snapshot would, so an entry is used only when
 * <ul>
 *   <li>no transaction has uncommitted writes to the table ({@code writers == 0}),</li>
 *   <li>no transaction has begun or ended writing it since the entry was built ({@code epoch} unchanged), and</li>
 *   <li>the reader's snapshot was taken after the last writing transaction ended ({@code clock >= lastEnd}):
 *       snapshots are stamped with the commit clock, which a writing transaction advances after its commit.</li>
 * </ul>
 * Only snapshot reads use entries (never a transaction's reads, which may see its own writes); entries are built
 * by a complete snapshot scan under the same conditions, and any DDL drops them all.
 */
public final class TableCaches {
    /** Tables with more rows are not cached; nor is anything past the total. */
    private final int maxRowsPerTable;
    private final long maxTotalRows;
    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong cachedRows = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final ConcurrentHashMap<Long, State> tables = new ConcurrentHashMap<>();
    private final Map<KvTransaction, Set<Long>> writing = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The clock at the last DDL: older snapshots neither use nor build entries. */
    private volatile long lastDdl;

    public TableCaches(int maxRowsPerTable, long maxTotalRows) {
        this.maxRowsPerTable = maxRowsPerTable;
        this.maxTotalRows = maxTotalRows;
    }

    /** Per table: who is writing it, and its entry. Guarded by its own monitor. */
    private static final class State {
        int writers;
        long epoch;
        long lastEnd;
        Entry entry;
    }

    private record Entry(TableDef table, long epoch, byte[][] locators, Object[][] rows) {
    }

    private State state(long tableId) {
        return tables.computeIfAbsent(tableId, id -> new State());
    }

    /** Scans served from the cache so far (for tests and monitoring). */
    public long hits() { return hits.get(); }

    // ------------------------------------------------------------------ snapshots and writers

    /** A snapshot reader stamped with the commit clock read just before the snapshot was taken. */
    public KvReader snapshot(KvStore store) {
        long stamp = clock.get();
        return new Stamped(store.newSnapshotReader(), stamp);
    }

    /** A transaction is about to write the table: no cached scan until it has ended. */
    void writing(KvTransaction txn, long tableId) {
        Set<Long> ids;
        synchronized (writing) {
            ids = writing.computeIfAbsent(txn, t -> new HashSet<>());
        }
        if (!ids.add(tableId)) return;
        State s = state(tableId);
        synchronized (s) {
            s.writers++;
            s.epoch++;
            drop(s);
        }
    }

    /** A transaction ended (after its commit is durable and visible, or after its rollback). */
    public void ended(KvTransaction txn) {
        Set<Long> ids = writing.remove(txn);
        if (ids == null) return;
        long now = clock.incrementAndGet();
        for (long id : ids) {
            State s = state(id);
            synchronized (s) {
                s.writers--;
                s.epoch++;
                s.lastEnd = now;
                drop(s);
            }
        }
    }

    /** After DDL: definitions and data may have changed under every entry. */
    public void invalidateAll() {
        lastDdl = clock.incrementAndGet();
        for (State s : tables.values()) {
            synchronized (s) {
                s.epoch++;
                drop(s);
            }
        }
    }

    private void drop(State s) {
        if (s.entry != null) {
            cachedRows.addAndGet(-s.entry.rows.length);
            s.entry = null;
        }
    }

    // ------------------------------------------------------------------ scans

    /**
     * A full primary-order scan of {@code table} for {@code reader}: from the cache when an entry is valid for
     * this snapshot, else a storage scan that builds an entry as it goes when one may be built; null when the
     * reader is not a stamped snapshot (the caller scans storage itself).
     */
    RowCursor scan(TableDef table, KvReader reader, java.util.function.Supplier<RowCursor> storage) {
        if (!(reader instanceof Stamped stamped) || stamped.stamp < lastDdl) return null;
        State s = state(table.id());
        long epoch;
        synchronized (s) {
            if (s.writers > 0 || stamped.stamp < s.lastEnd) return null;
            Entry e = s.entry;
            if (e != null && e.table == table && e.epoch == s.epoch) {
                hits.incrementAndGet();
                return new CachedCursor(e);
            }
            epoch = s.epoch;
        }
        return new RecordingCursor(table, s, epoch, storage.get());
    }

    private final class RecordingCursor implements RowCursor {
        private final TableDef table;
        private final State state;
        private final long epoch;
        private final RowCursor storage;
        private List<byte[]> locators = new ArrayList<>();
        private List<Object[]> rows = new ArrayList<>();
        private StoredRow current;

        RecordingCursor(TableDef table, State state, long epoch, RowCursor storage) {
            this.table = table;
            this.state = state;
            this.epoch = epoch;
            this.storage = storage;
        }

        @Override
        public boolean next() {
            if (!storage.next()) {
                current = null;
                publish();
                return false;
            }
            current = storage.row();
            if (rows != null) {
                if (rows.size() >= maxRowsPerTable) {
                    rows = null;
                    locators = null;
                } else {
                    locators.add(current.locator());
                    rows.add(current.values().clone());
                }
            }
            return true;
        }

        /** The scan saw every row: keep them if nothing was written meanwhile and the budget allows. */
        private void publish() {
            if (rows == null) return;
            List<Object[]> all = rows;
            rows = null;
            if (cachedRows.get() + all.size() > maxTotalRows) return;
            Entry e = new Entry(table, epoch, locators.toArray(new byte[0][]), all.toArray(new Object[0][]));
            synchronized (state) {
                if (state.writers > 0 || state.epoch != epoch) return;
                drop(state);
                state.entry = e;
                cachedRows.addAndGet(all.size());
            }
        }

        @Override public StoredRow row() { return current; }

        @Override public void close() { storage.close(); }
    }

    /** Rows of an entry, shared: a cursor's rows are read-only to its caller (see {@link RowCursor}). */
    private static final class CachedCursor implements RowCursor {
        private final Entry entry;
        private int next;
        private StoredRow current;

        CachedCursor(Entry entry) {
            this.entry = entry;
        }

        @Override
        public boolean next() {
            if (next >= entry.rows.length) {
                current = null;
                return false;
            }
            current = new StoredRow(entry.locators[next], entry.rows[next]);
            next++;
            return true;
        }

        @Override public StoredRow row() { return current; }

        @Override public void close() { }
    }

    /** A snapshot reader with the commit clock value read before it was taken. */
    public static final class Stamped implements KvReader {
        private final KvReader reader;
        final long stamp;

        Stamped(KvReader reader, long stamp) {
            this.reader = reader;
            this.stamp = stamp;
        }

        @Override public byte[] get(byte[] key) { return reader.get(key); }

        @Override public KvIterator scan(byte[] from, byte[] to, boolean reverse) { return reader.scan(from, to, reverse); }

        @Override public void close() { reader.close(); }
    }
}
