package io.sprocket.engine.row;

import io.sprocket.engine.catalog.IndexDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.storage.KeyEncoder;
import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import java.util.Arrays;
import java.util.Objects;

/**
 * The rows and indexes of one table in the key-value store.
 *
 * <p>Rows live under {@code 0x10 tableId 0x01 locator}, where the locator is the encoded primary key (or an 8-byte
 * hidden row id when the table has none) and the value is the {@link RowCodec} row. A secondary index entry is
 * {@code 0x10 tableId indexId parts locator} with the locator as its value, so non-unique entries never collide and a
 * unique index with NULL parts accepts repeated NULLs (as MySQL does). A unique entry without NULL parts is keyed
 * by {@code 0x10 tableId indexId parts} alone: the unique check is one locking point read, which also makes
 * concurrent inserts of one value wait for each other.
 *
 * <p>Cheap to create: build one per statement from the current {@link TableDef}.
 */
public final class TableStore {
    /** Index id of the clustered (primary or hidden row id) data. */
    public static final int PRIMARY_INDEX_ID = 1;

    private final KvStore store;
    private final TableCaches caches;
    private final TableDef table;
    private final IndexDef primary;
    private final byte[] rowPrefix;
    /** The counter value this instance knows is already reached, so repeated inserts skip the counter read. */
    /** The largest explicit AUTO_INCREMENT value written through this instance and not yet flushed. */
    /** Hidden row ids reserved in blocks: [nextRowId, rowIdLimit). */
    private long nextRowId;
    private long rowIdLimit;
    private static final int ROW_ID_BLOCK = 64;

    public TableStore(KvStore store, TableDef table) {
        this(store, table, null);
    }

    /** A store whose writes are reported to {@code caches} and whose snapshot scans may be served from them. */
    public TableStore(KvStore store, TableDef table, TableCaches caches) {
        this.caches = caches;
        this.store = Objects.requireNonNull(store);
        this.table = Objects.requireNonNull(table);
        this.primary = table.primaryKey();
        this.rowPrefix = KeyLayout.indexPrefix(table.id(), PRIMARY_INDEX_ID);
    }

    public TableDef table() { return table; }

    // ------------------------------------------------------------------ writes

    /** Inserts a full row, checking every unique index (ER_DUP_ENTRY 1062). */
    public StoredRow insert(KvTransaction txn, Object[] row) {
        if (caches != null) caches.writing(txn, table.id());
        byte[] locator = primary != null ? primaryLocator(row) : hiddenRowId();
        byte[] rowKey = concat(rowPrefix, locator);
        if (primary != null && txn.getForUpdate(rowKey, true) != null) {
            throw duplicate(primary, row);
        }
        for (IndexDef index : table.indexes()) {
            if (index.isPrimary()) continue;
            if (index.isUnique()) checkUnique(txn, index, row, null);
        }
        txn.put(rowKey, RowCodec.encode(row));
        for (IndexDef index : table.indexes()) {
            if (!index.isPrimary()) txn.put(secondaryKey(index, row, locator), locator);
        }
        observeAutoIncrement(row);
        return new StoredRow(locator, row);
    }

    /** The unique index a row would violate and the row already holding that key. */
    public record Duplicate(IndexDef index, StoredRow existing) {
    }

    /**
     * The first unique key (primary first) whose value in {@code row} is already taken by another row, with that row
     * read and locked: what REPLACE and INSERT ... ON DUPLICATE KEY UPDATE act on. Null when the row fits.
     * {@code ownLocator} (or null) is the row being updated, which never conflicts with itself.
     */
    public Duplicate findDuplicate(KvTransaction txn, Object[] row, byte[] ownLocator) {
        for (IndexDef index : table.indexes()) {
            if (index.isPrimary()) {
                byte[] locator = primaryLocator(row);
                if (ownLocator != null && Arrays.equals(locator, ownLocator)) continue;
                byte[] value = txn.getForUpdate(concat(rowPrefix, locator), true);
                if (value != null) return new Duplicate(index, new StoredRow(locator, RowCodec.decode(value)));
            } else if (index.isUnique() && !IndexKeys.hasNullPart(index, row)) {
                byte[] locator = txn.getForUpdate(uniquePrefix(index, row), true);
                if (locator == null || (ownLocator != null && Arrays.equals(locator, ownLocator))) continue;
                Object[] existing = getByLocator(txn, locator, LockMode.EXCLUSIVE);
                if (existing != null) return new Duplicate(index, new StoredRow(locator, existing));
            }
        }
        return null;
    }

    /** Updates a row of a table with a primary key. */
    public StoredRow update(KvTransaction txn, Object[] oldRow, Object[] newRow) {
        return update(txn, new StoredRow(locatorOf(oldRow), oldRow), newRow);
    }

    /** Updates a row read from this table; only indexes whose keys change are touched. */
    public StoredRow update(KvTransaction txn, StoredRow old, Object[] newRow) {
        if (caches != null) caches.writing(txn, table.id());
        byte[] oldLocator = old.locator();
        byte[] newLocator = primary != null ? primaryLocator(newRow) : oldLocator;
        boolean moved = !Arrays.equals(oldLocator, newLocator);
        if (moved && txn.getForUpdate(concat(rowPrefix, newLocator), true) != null) {
            throw duplicate(primary, newRow);
        }
        for (IndexDef index : table.indexes()) {
            if (index.isPrimary() || !index.isUnique()) continue;
            if (!samePrefix(index, old.values(), newRow)) checkUnique(txn, index, newRow, oldLocator);
        }
        if (moved) txn.delete(concat(rowPrefix, oldLocator));
        txn.put(concat(rowPrefix, newLocator), RowCodec.encode(newRow));
        for (IndexDef index : table.indexes()) {
            if (index.isPrimary()) continue;
            byte[] before = secondaryKey(index, old.values(), oldLocator);
            byte[] after = secondaryKey(index, newRow, newLocator);
            if (!Arrays.equals(before, after) || moved) {
                txn.delete(before);
                txn.put(after, newLocator);
            }
        }
        observeAutoIncrement(newRow);
        return new StoredRow(newLocator, newRow);
    }

    /** Deletes a row of a table with a primary key. */
    public void delete(KvTransaction txn, Object[] row) {
        delete(txn, new StoredRow(locatorOf(row), row));
    }

    public void delete(KvTransaction txn, StoredRow row) {
        if (caches != null) caches.writing(txn, table.id());
        txn.delete(concat(rowPrefix, row.locator()));
        for (IndexDef index : table.indexes()) {
            if (!index.isPrimary()) txn.delete(secondaryKey(index, row.values(), row.locator()));
        }
    }

    /** Deletes every row and index entry (TRUNCATE, DROP TABLE). Returns the number of rows removed. */
    public long deleteAll(KvTransaction txn) {
        if (caches != null) caches.writing(txn, table.id());
        byte[] prefix = KeyLayout.tablePrefix(table.id());
        long rows = 0;
        try (KvIterator it = txn.scan(prefix, KeyEncoder.prefixEnd(prefix), false)) {
            while (it.next()) {
                byte[] key = it.key();
                if (key[9] == PRIMARY_INDEX_ID) rows++;
                txn.delete(key);
            }
        }
        txn.delete(KeyLayout.counterKey(table.id(), KeyLayout.COUNTER_AUTO_INCREMENT));
        txn.delete(KeyLayout.counterKey(table.id(), KeyLayout.COUNTER_ROW_ID));
        return rows;
    }

    // ------------------------------------------------------------------ point reads

    /** The row with the given primary key values (in key-part order), or null. */
    public Object[] get(KvReader reader, Object[] primaryKey, LockMode lock) {
        if (primary == null) throw new IllegalStateException(table.name() + " has no primary key");
        KeyEncoder k = KeyEncoder.startingWith(rowPrefix);
        IndexKeys.appendPrefix(k, table, primary, primaryKey);
        byte[] value = read(reader, k.toByteArray(), lock);
        return value == null ? null : RowCodec.decode(value);
    }

    /** The row stored under {@code locator}, or null. */
    public Object[] getByLocator(KvReader reader, byte[] locator, LockMode lock) {
        byte[] value = read(reader, concat(rowPrefix, locator), lock);
        return value == null ? null : RowCodec.decode(value);
    }

    // ------------------------------------------------------------------ scans

    /** Every row in primary-key (or row id) order. */
    public RowCursor scan(KvReader reader, boolean reverse, LockMode lock) {
        if (caches != null && !reverse && lock == LockMode.NONE) {
            RowCursor cached = caches.scan(table, reader, () -> new PrimaryCursor(
                    iterate(reader, rowPrefix, KeyEncoder.prefixEnd(rowPrefix), false, lock), rowPrefix.length));
            if (cached != null) return cached;
        }
        KvIterator it = iterate(reader, rowPrefix, KeyEncoder.prefixEnd(rowPrefix), reverse, lock);
        return new PrimaryCursor(it, rowPrefix.length);
    }

    /**
     * Rows whose key in {@code index} lies between {@code low} and {@code high} (either null for unbounded), in index
     * order or reversed. Prefix key parts compare only their prefix: the caller rechecks such conditions.
     */
    public RowCursor scanIndex(KvReader reader, IndexDef index, KeyBound low, KeyBound high, boolean reverse,
                               LockMode lock) {
        byte[] prefix = index.isPrimary() ? rowPrefix : KeyLayout.indexPrefix(table.id(), index.id());
        byte[] from = low == null ? prefix : bound(prefix, index, low, !low.inclusive());
        byte[] to = high == null ? KeyEncoder.prefixEnd(prefix) : bound(prefix, index, high, high.inclusive());
        if (index.isPrimary()) {
            return new PrimaryCursor(iterate(reader, from, to, reverse, lock), rowPrefix.length);
        }
        return new SecondaryCursor(iterate(reader, from, to, reverse, lock), reader, lock);
    }

    private byte[] bound(byte[] prefix, IndexDef index, KeyBound b, boolean pastEnd) {
        KeyEncoder k = KeyEncoder.startingWith(prefix);
        IndexKeys.appendPrefix(k, table, index, b.values());
        byte[] key = k.toByteArray();
        if (!pastEnd) return key;
        byte[] end = KeyEncoder.prefixEnd(key);
        return end == null ? KeyEncoder.prefixEnd(prefix) : end;
    }

    private static KvIterator iterate(KvReader reader, byte[] from, byte[] to, boolean reverse, LockMode lock) {
        if (lock == LockMode.NONE) return reader.scan(from, to, reverse);
        return ((KvTransaction) reader).scanForUpdate(from, to, reverse, lock == LockMode.EXCLUSIVE);
    }

    private static byte[] read(KvReader reader, byte[] key, LockMode lock) {
        if (lock == LockMode.NONE) return reader.get(key);
        return ((KvTransaction) reader).getForUpdate(key, lock == LockMode.EXCLUSIVE);
    }

    private final class PrimaryCursor implements RowCursor {
        private final KvIterator it;
        private final int prefixLength;
        private StoredRow current;

        PrimaryCursor(KvIterator it, int prefixLength) {
            this.it = it;
            this.prefixLength = prefixLength;
        }

        @Override
        public boolean next() {
            if (!it.next()) {
                current = null;
                return false;
            }
            byte[] key = it.key();
            current = new StoredRow(Arrays.copyOfRange(key, prefixLength, key.length), RowCodec.decode(it.value()));
            return true;
        }

        @Override
        public StoredRow row() { return current; }

        @Override
        public void close() { it.close(); }
    }

    private final class SecondaryCursor implements RowCursor {
        private final KvIterator it;
        private final KvReader reader;
        private final LockMode lock;
        private StoredRow current;

        SecondaryCursor(KvIterator it, KvReader reader, LockMode lock) {
            this.it = it;
            this.reader = reader;
            this.lock = lock;
        }

        @Override
        public boolean next() {
            while (it.next()) {
                byte[] locator = it.value();
                Object[] row = getByLocator(reader, locator, lock);
                if (row != null) {
                    current = new StoredRow(locator, row);
                    return true;
                }
            }
            current = null;
            return false;
        }

        @Override
        public StoredRow row() { return current; }

        @Override
        public void close() { it.close(); }
    }

    // ------------------------------------------------------------------ AUTO_INCREMENT and row ids

    /**
     * Reserves {@code n} consecutive AUTO_INCREMENT values and returns the first. Values are never given back
     * (InnoDB does not roll the counter back either), so a rolled-back insert leaves a gap.
     */
    public long allocateAutoIncrement(long n) {
        return autoIncrement().allocate(n);
    }

    /** Notes an explicitly inserted value: later allocations go past it. */
    public void observeAutoIncrement(long value) {
        if (value > 0) autoIncrement().observe(value);
    }

    /** Kept for callers that flush at statement end; the shared counter is always current. */
    public void flushAutoIncrement() {
    }

    /** The value the next allocation would return (SHOW CREATE TABLE's AUTO_INCREMENT=, information_schema). */
    public long nextAutoIncrement() {
        return autoIncrement().peekNext();
    }

    private AutoIncrements.Counter autoIncrement() {
        return AutoIncrements.of(store).counter(table.id(), table.autoIncrementStart());
    }

    private long readCounter(byte[] key) {
        try (KvReader reader = store.newSnapshotReader()) {
            byte[] v = reader.get(key);
            if (v == null) return 0;
            long r = 0;
            for (byte b : v) r = (r << 8) | (b & 0xFF);
            return r;
        }
    }

    private void observeAutoIncrement(Object[] row) {
        int column = table.autoIncrementColumn();
        if (column >= 0 && row[column] instanceof Number n) observeAutoIncrement(n.longValue());
    }

    private byte[] hiddenRowId() {
        if (nextRowId >= rowIdLimit) {
            rowIdLimit = store.increment(KeyLayout.counterKey(table.id(), KeyLayout.COUNTER_ROW_ID), ROW_ID_BLOCK) + 1;
            nextRowId = rowIdLimit - ROW_ID_BLOCK;
        }
        return new KeyEncoder(8).writeUnsignedLong(nextRowId++).toByteArray();
    }

    // ------------------------------------------------------------------ keys

    /** The locator of a row of a table with a primary key. */
    public byte[] locatorOf(Object[] row) {
        if (primary == null) throw new IllegalStateException(table.name() + " has no primary key; use StoredRow");
        return primaryLocator(row);
    }

    private byte[] primaryLocator(Object[] row) {
        KeyEncoder k = new KeyEncoder(32);
        IndexKeys.appendParts(k, table, primary, row);
        return k.toByteArray();
    }

    private byte[] uniquePrefix(IndexDef index, Object[] row) {
        KeyEncoder k = KeyEncoder.startingWith(KeyLayout.indexPrefix(table.id(), index.id()));
        IndexKeys.appendParts(k, table, index, row);
        return k.toByteArray();
    }

    /**
     * A unique entry without NULL parts is keyed by its parts alone, so the unique check is one locked point read;
     * other entries carry the locator to keep them distinct. Both forms sort by their parts first.
     */
    private byte[] secondaryKey(IndexDef index, Object[] row, byte[] locator) {
        KeyEncoder k = KeyEncoder.startingWith(KeyLayout.indexPrefix(table.id(), index.id()));
        IndexKeys.appendParts(k, table, index, row);
        if (!index.isUnique() || IndexKeys.hasNullPart(index, row)) k.writeRaw(locator);
        return k.toByteArray();
    }

    private boolean samePrefix(IndexDef index, Object[] a, Object[] b) {
        return Arrays.equals(uniquePrefix(index, a), uniquePrefix(index, b));
    }

    private void checkUnique(KvTransaction txn, IndexDef index, Object[] row, byte[] ownLocator) {
        if (IndexKeys.hasNullPart(index, row)) return;
        byte[] existing = txn.getForUpdate(uniquePrefix(index, row), true);
        if (existing != null && (ownLocator == null || !Arrays.equals(existing, ownLocator))) throw duplicate(index, row);
    }

    private SqlException duplicate(IndexDef index, Object[] row) {
        return new SqlException(ErrorCode.ER_DUP_ENTRY, IndexKeys.entryText(table, index, row),
                table.name() + "." + index.name());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
