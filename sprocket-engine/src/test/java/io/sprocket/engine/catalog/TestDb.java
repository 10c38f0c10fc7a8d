package io.sprocket.engine.catalog;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.StoreAssignment;
import io.sprocket.sql.ast.DdlStatement;
import io.sprocket.sql.ast.Expression;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import io.sprocket.storage.rocksdb.RocksKvStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A RocksDB store in a temporary directory plus a {@link DdlContext} that runs each statement in its own
 * transaction and publishes the catalog after commit, as the engine does.
 */
public final class TestDb implements AutoCloseable {
    private final Path dir;
    private KvStore store;
    public Catalog catalog;
    public String currentDatabase;
    public boolean strict = true;
    public final List<Condition> warnings = new ArrayList<>();
    /** Rows the executor asked to check against CHECK constraints. */
    public final List<Object[]> checked = new ArrayList<>();

    public TestDb() {
        try {
            dir = Files.createTempDirectory("zz-catalog-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = RocksKvStore.open(dir);
        catalog = loadCatalog();
    }

    public KvStore store() { return store; }

    public Catalog loadCatalog() {
        try (var reader = store.newSnapshotReader()) {
            return CatalogStore.load(reader);
        }
    }

    /** Closes and reopens the store (a restart). */
    public void reopen() {
        store.close();
        store = RocksKvStore.open(dir);
        catalog = loadCatalog();
    }

    public DdlResult run(DdlStatement statement) {
        warnings.clear();
        try (KvTransaction txn = store.begin()) {
            DdlResult r = DdlExecutor.execute(context(txn), statement);
            txn.commit();
            catalog = r.catalog();
            return r;
        }
    }

    public DdlContext context(KvTransaction txn) {
        Catalog start = catalog;
        return new DdlContext() {
            @Override public KvStore store() { return store; }
            @Override public KvTransaction transaction() { return txn; }
            @Override public Catalog catalog() { return start; }
            @Override public String currentDatabase() { return currentDatabase; }
            @Override public Warnings warnings() { return warnings::add; }
            @Override public boolean strictMode() { return strict; }
            @Override public Collation serverCollation() { return CollationRegistry.defaultCollation(); }
            @Override public Object evaluate(Expression expression) {
                return new SqlDateTime(2024, 1, 2, 3, 4, 5, 0);
            }
            @Override public void checkConstraints(TableDef table, Object[] row) {
                checked.add(row);
            }
            @Override public Object storeValue(SqlType type, String columnName, Object value, boolean strictMode,
                                               Warnings w, long rowNumber) {
                return StoreAssignment.storeValue(value, type, columnName, rowNumber, strictMode, w);
            }
        };
    }

    @Override
    public void close() {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
