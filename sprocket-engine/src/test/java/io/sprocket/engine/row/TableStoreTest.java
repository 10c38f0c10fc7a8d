package io.sprocket.engine.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.IndexDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlType;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import io.sprocket.storage.rocksdb.RocksKvStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableStoreTest {
    @TempDir
    Path dir;
    KvStore store;

    @BeforeEach
    void open() {
        store = RocksKvStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static ColumnDef column(String name, SqlType type, boolean nullable) {
        return new ColumnDef(name, type, nullable, null, nullable, null, false, false, "", false);
    }

    /** t(id int PK, name varchar(10) ci UNIQUE, score int KEY k(score DESC)?, grp int, KEY g(grp, id)). */
    static TableDef table(long id, boolean withPrimaryKey) {
        List<ColumnDef> columns = List.of(column("id", SqlType.INT, false),
                column("name", SqlType.varchar(10, CollationRegistry.UTF8MB4_0900_AI_CI), true),
                column("grp", SqlType.INT, true));
        List<IndexDef> indexes = new ArrayList<>();
        if (withPrimaryKey) {
            indexes.add(new IndexDef(1, "PRIMARY", IndexDef.Kind.PRIMARY, List.of(new IndexDef.Part(0, 0, false)), "", true));
        }
        indexes.add(new IndexDef(2, "name", IndexDef.Kind.UNIQUE, List.of(new IndexDef.Part(1, 0, false)), "", true));
        indexes.add(new IndexDef(3, "g", IndexDef.Kind.INDEX,
                List.of(new IndexDef.Part(2, 0, false), new IndexDef.Part(0, 0, true)), "", true));
        return new TableDef(id, "d", "t", columns, indexes, List.of(), CollationRegistry.defaultCollation(), "InnoDB",
                "", 1, List.of());
    }

    private TableStore filled(boolean pk) {
        TableStore t = new TableStore(store, table(2000, pk));
        try (KvTransaction txn = store.begin()) {
            t.insert(txn, new Object[]{3L, "c", 1L});
            t.insert(txn, new Object[]{1L, "a", 1L});
            t.insert(txn, new Object[]{2L, "b", 2L});
            t.insert(txn, new Object[]{4L, null, 1L});
            t.insert(txn, new Object[]{5L, null, null});
            txn.commit();
        }
        return t;
    }

    private static List<Long> ids(RowCursor c) {
        List<Long> out = new ArrayList<>();
        try (c) {
            while (c.next()) out.add((Long) c.row().values()[0]);
        }
        return out;
    }

    @Test
    void fullScanInPrimaryKeyOrderBothWays() {
        TableStore t = filled(true);
        try (var r = store.newSnapshotReader()) {
            assertThat(ids(t.scan(r, false, LockMode.NONE))).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(ids(t.scan(r, true, LockMode.NONE))).containsExactly(5L, 4L, 3L, 2L, 1L);
            assertThat(t.get(r, new Object[]{2L}, LockMode.NONE)).containsExactly(2L, "b", 2L);
            assertThat(t.get(r, new Object[]{9L}, LockMode.NONE)).isNull();
        }
    }

    @Test
    void duplicatePrimaryKeyAndCaseInsensitiveUniqueKey() {
        TableStore t = filled(true);
        try (KvTransaction txn = store.begin()) {
            assertThatThrownBy(() -> t.insert(txn, new Object[]{1L, "zz", null}))
                    .isInstanceOfSatisfying(SqlException.class, e -> {
                        assertThat(e.errno()).isEqualTo(1062);
                        assertThat(e.getMessage()).isEqualTo("Duplicate entry '1' for key 't.PRIMARY'");
                    });
            assertThatThrownBy(() -> t.insert(txn, new Object[]{9L, "A", null}))
                    .hasMessage("Duplicate entry 'A' for key 't.name'");
            t.insert(txn, new Object[]{6L, null, null}); // NULLs never collide in a UNIQUE index
            txn.commit();
        }
    }

    @Test
    void findDuplicateNamesTheIndexAndTheRowInTheWay() {
        TableStore t = filled(true);
        try (KvTransaction txn = store.begin()) {
            TableStore.Duplicate byKey = t.findDuplicate(txn, new Object[]{2L, "new", null}, null);
            assertThat(byKey.index().name()).isEqualTo("PRIMARY");
            assertThat(byKey.existing().values()).containsExactly(2L, "b", 2L);
            TableStore.Duplicate byName = t.findDuplicate(txn, new Object[]{9L, "C", null}, null);
            assertThat(byName.index().name()).isEqualTo("name");
            assertThat(byName.existing().values()[0]).isEqualTo(3L);
            assertThat(t.findDuplicate(txn, new Object[]{9L, "zz", null}, null)).isNull();
            // an updated row never conflicts with itself
            assertThat(t.findDuplicate(txn, new Object[]{3L, "c", 5L}, t.locatorOf(new Object[]{3L, "c", 1L}))).isNull();
        }
    }

    @Test
    void multiColumnEntriesJoinWithDash() {
        TableDef def = table(2001, true);
        TableDef twoColumnUnique = new TableDef(def.id(), "d", "t", def.columns(), List.of(def.indexes().get(0),
                new IndexDef(2, "u", IndexDef.Kind.UNIQUE, List.of(new IndexDef.Part(2, 0, false),
                        new IndexDef.Part(1, 0, false)), "", true)), List.of(), def.collation(), "InnoDB", "", 1, List.of());
        TableStore t = new TableStore(store, twoColumnUnique);
        try (KvTransaction txn = store.begin()) {
            t.insert(txn, new Object[]{1L, "x", 7L});
            assertThatThrownBy(() -> t.insert(txn, new Object[]{2L, "X", 7L})).hasMessage("Duplicate entry '7-X' for key 't.u'");
        }
    }

    @Test
    void indexRangeScansHonourBoundsAndDirection() {
        TableStore t = filled(true);
        IndexDef g = t.table().index("g");
        IndexDef name = t.table().index("name");
        try (var r = store.newSnapshotReader()) {
            // grp = 1, ordered by id DESC within the group
            assertThat(ids(t.scanIndex(r, g, KeyBound.inclusive(1L), KeyBound.inclusive(1L), false, LockMode.NONE)))
                    .containsExactly(4L, 3L, 1L);
            assertThat(ids(t.scanIndex(r, g, KeyBound.inclusive(1L), KeyBound.inclusive(1L), true, LockMode.NONE)))
                    .containsExactly(1L, 3L, 4L);
            // NULL sorts first: grp > NULL-exclusive... (grp >= 1) excludes the NULL row
            assertThat(ids(t.scanIndex(r, g, KeyBound.exclusive(1L), null, false, LockMode.NONE))).containsExactly(2L);
            assertThat(ids(t.scanIndex(r, g, null, KeyBound.exclusive(1L), false, LockMode.NONE))).containsExactly(5L);
            // name in ('A'..'b'] under a case-insensitive collation
            assertThat(ids(t.scanIndex(r, name, KeyBound.inclusive("A"), KeyBound.inclusive("B"), false, LockMode.NONE)))
                    .containsExactly(1L, 2L);
            assertThat(ids(t.scanIndex(r, t.table().primaryKey(), KeyBound.exclusive(2L), KeyBound.exclusive(5L), true,
                    LockMode.NONE))).containsExactly(4L, 3L);
        }
    }

    @Test
    void updateMovesIndexEntriesAndDeleteRemovesThem() {
        TableStore t = filled(true);
        try (KvTransaction txn = store.begin()) {
            t.update(txn, new Object[]{2L, "b", 2L}, new Object[]{20L, "B", 1L});
            assertThatThrownBy(() -> t.update(txn, new Object[]{1L, "a", 1L}, new Object[]{1L, "c", 1L}))
                    .hasMessage("Duplicate entry 'c' for key 't.name'");
            t.delete(txn, new Object[]{3L, "c", 1L});
            assertThat(ids(t.scanIndex(txn, t.table().index("g"), KeyBound.inclusive(1L), KeyBound.inclusive(1L), false,
                    LockMode.EXCLUSIVE))).containsExactly(20L, 4L, 1L);
            assertThat(ids(t.scanIndex(txn, t.table().index("name"), KeyBound.inclusive("c"), KeyBound.inclusive("c"),
                    false, LockMode.NONE))).isEmpty();
            t.insert(txn, new Object[]{3L, "c", null});
            txn.commit();
        }
    }

    @Test
    void changingOnlyThePrimaryKeyRepointsUniqueEntries() {
        TableStore t = filled(true);
        try (KvTransaction txn = store.begin()) {
            t.update(txn, new Object[]{1L, "a", 1L}, new Object[]{10L, "a", 1L});
            assertThat(ids(t.scanIndex(txn, t.table().index("name"), KeyBound.inclusive("a"), KeyBound.inclusive("a"),
                    false, LockMode.NONE))).containsExactly(10L);
            assertThatThrownBy(() -> t.insert(txn, new Object[]{11L, "a", null})).hasMessage(
                    "Duplicate entry 'a' for key 't.name'");
            txn.commit();
        }
    }

    @Test
    void tablesWithoutPrimaryKeyUseHiddenRowIds() {
        TableStore t = filled(false);
        try (KvTransaction txn = store.begin()) {
            List<StoredRow> rows = new ArrayList<>();
            try (RowCursor c = t.scan(txn, false, LockMode.EXCLUSIVE)) {
                while (c.next()) rows.add(c.row());
            }
            assertThat(rows).extracting(r -> r.values()[0]).containsExactly(3L, 1L, 2L, 4L, 5L); // insertion order
            t.update(txn, rows.get(0), new Object[]{3L, "cc", 1L});
            t.delete(txn, rows.get(1));
            txn.commit();
        }
        try (var r = store.newSnapshotReader()) {
            List<Object[]> all = new ArrayList<>();
            try (RowCursor c = t.scan(r, false, LockMode.NONE)) {
                while (c.next()) all.add(c.row().values());
            }
            assertThat(all).extracting(Arrays::asList).containsExactly(List.of(3L, "cc", 1L), List.of(2L, "b", 2L),
                    Arrays.asList(4L, null, 1L), Arrays.asList(5L, null, null));
        }
    }

    @Test
    void autoIncrementAllocatesObservesAndSurvivesRollback() {
        TableDef def = table(2002, true);
        TableDef withStart = new TableDef(def.id(), "d", "t", List.of(new ColumnDef("id", SqlType.INT, false, null, false,
                null, false, true, "", false), def.columns().get(1), def.columns().get(2)), def.indexes(), List.of(),
                def.collation(), "InnoDB", "", 10, List.of());
        TableStore t = new TableStore(store, withStart);
        assertThat(t.nextAutoIncrement()).isEqualTo(10);
        assertThat(t.allocateAutoIncrement(2)).isEqualTo(10);
        try (KvTransaction txn = store.begin()) {
            t.insert(txn, new Object[]{100L, "x", null});
            txn.rollback();
        }
        assertThat(t.allocateAutoIncrement(1)).isEqualTo(101); // InnoDB never gives values back
        t.observeAutoIncrement(50);
        assertThat(t.nextAutoIncrement()).isEqualTo(102);
    }
}
