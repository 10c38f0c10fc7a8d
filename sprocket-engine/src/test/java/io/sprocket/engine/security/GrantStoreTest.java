package io.sprocket.engine.security;

import static io.sprocket.engine.security.Privilege.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.row.KeyLayout;
import io.sprocket.sql.ast.RoutineKind;
import io.sprocket.storage.KeyEncoder;
import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import io.sprocket.storage.rocksdb.RocksKvStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrantStoreTest {
    static final AccountName U = new AccountName("u", "%");
    static final AccountName V = new AccountName("v", "LOCALHOST");
    static final AccountName R1 = new AccountName("r1", "%");
    static final AccountName R2 = new AccountName("r2", "%");

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

    private Grants load() {
        try (KvReader r = store.newSnapshotReader()) {
            return GrantStore.load(r);
        }
    }

    private void write(Grants before, Grants after) {
        try (KvTransaction txn = store.begin()) {
            GrantStore.write(txn, before, after);
            txn.commit();
        }
    }

    private int grantKeys() {
        byte[] prefix = {KeyLayout.GRANTS};
        int n = 0;
        try (KvReader r = store.newSnapshotReader(); KvIterator it = r.scan(prefix, KeyEncoder.prefixEnd(prefix), false)) {
            while (it.next()) n++;
        }
        return n;
    }

    static Grants rich() {
        return Grants.empty()
                .withSuperuser(AccountName.ROOT)
                .grantGlobal(U, PrivilegeSet.of(SELECT, RELOAD, GRANT_OPTION))
                .grantDynamic(U, "BACKUP_ADMIN", true)
                .grantDynamic(U, "set_user_id", false)
                .grantDatabase(U, "db1", PrivilegeSet.allAt(PrivilegeLevel.DATABASE))
                .grantDatabase(U, "test\\_%", PrivilegeSet.of(SELECT, GRANT_OPTION))
                .grantTable(U, "db1", "t", PrivilegeSet.of(INSERT, TRIGGER))
                .grantColumn(U, "db1", "t", "ColA", PrivilegeSet.of(SELECT, UPDATE))
                .grantColumn(U, "db1", "only_cols", "x", PrivilegeSet.of(REFERENCES))
                .grantRoutine(U, "db1", RoutineKind.PROCEDURE, "DoIt", PrivilegeSet.of(EXECUTE, ALTER_ROUTINE))
                .grantRoutine(U, "db1", RoutineKind.FUNCTION, "f", PrivilegeSet.of(EXECUTE, GRANT_OPTION))
                .grantRole(U, R2, false)
                .grantRole(U, R1, true)
                .setDefaultRoles(U, List.of(R2, R1))
                .grantProxy(U, V, true)
                .grantDatabase(R1, "app", PrivilegeSet.of(SELECT))
                .grantRole(R1, R2, false)
                .grantTable(V, "d\u00e9j\u00e0", "t\u0000x", PrivilegeSet.of(SELECT));
    }

    @Test
    void freshStoreIsEmpty() {
        Grants g = load();
        assertThat(g.accounts()).isEmpty();
        assertThat(g.version()).isZero();
    }

    @Test
    void roundTripsEveryKindOfRow() {
        Grants g = rich();
        write(Grants.empty(), g);
        Grants loaded = load();
        assertThat(loaded).isEqualTo(g);
        assertThat(loaded.version()).isEqualTo(g.version());
        for (AccountName a : g.accounts()) assertThat(loaded.account(a)).as(a.toString()).isEqualTo(g.account(a));
        // details that equality alone would not show
        AccountGrants u = loaded.account(U);
        assertThat(u.roles().keySet()).containsExactly(R2, R1);
        assertThat(u.defaultRoles()).containsExactly(R2, R1);
        assertThat(u.table("db1", "t").columns().get("cola").name()).isEqualTo("ColA");
        assertThat(u.routine("db1", RoutineKind.PROCEDURE, "doit").name()).isEqualTo("DoIt");
        assertThat(u.table("db1", "only_cols").privileges().isEmpty()).isTrue();
        assertThat(loaded.account(new AccountName("v", "localhost")).table("d\u00e9j\u00e0", "t\u0000x")).isNotNull();
        assertThat(GrantsText.showGrants(loaded, U)).isEqualTo(GrantsText.showGrants(g, U));
    }

    @Test
    void survivesARestart() {
        Grants g = rich();
        write(Grants.empty(), g);
        store.close();
        store = RocksKvStore.open(dir);
        assertThat(load()).isEqualTo(g);
        assertThat(load().version()).isEqualTo(g.version());
    }

    @Test
    void writesOnlyTheRowsThatChanged() {
        Grants g = rich();
        write(Grants.empty(), g);
        int keys = grantKeys();

        Grants h = g.grantDatabase(U, "db2", PrivilegeSet.of(SELECT));
        List<String> ops = record(g, h);
        assertThat(ops).containsExactly("put 3", "put 0");
        assertThat(grantKeys()).isEqualTo(keys + 1);

        Grants i = h.revokeColumn(U, "db1", "t", "cola", PrivilegeSet.of(SELECT, UPDATE));
        assertThat(record(h, i)).containsExactly("delete 5", "put 0");
        assertThat(grantKeys()).isEqualTo(keys);

        Grants j = i.grantGlobal(U, PrivilegeSet.of(PROCESS));
        assertThat(record(i, j)).containsExactly("put 1", "put 0");

        Grants k = j.dropAccount(U);
        List<String> drop = record(j, k);
        assertThat(drop).allMatch(s -> s.startsWith("delete") || s.equals("put 0"));
        assertThat(load()).isEqualTo(k);
        assertThat(load().version()).isEqualTo(k.version());
    }

    @Test
    void refusesToWriteOverAConcurrentChange() {
        Grants g = rich();
        write(Grants.empty(), g);
        Grants mine = g.grantGlobal(V, PrivilegeSet.of(FILE));
        Grants theirs = g.grantGlobal(R2, PrivilegeSet.of(FILE));
        write(g, theirs);
        try (KvTransaction txn = store.begin()) {
            assertThatThrownBy(() -> GrantStore.write(txn, g, mine)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("concurrently");
        }
        Grants reloaded = load();
        write(reloaded, reloaded.grantGlobal(V, PrivilegeSet.of(FILE)));
        assertThat(load().account(V).global().toList()).containsExactly(FILE);
        assertThat(load().account(R2).global().toList()).containsExactly(FILE);
    }

    @Test
    void twoChangesInOneTransaction() {
        Grants g1 = Grants.empty().grantGlobal(U, PrivilegeSet.of(SELECT));
        Grants g2 = g1.grantRole(U, R1, false);
        try (KvTransaction txn = store.begin()) {
            GrantStore.write(txn, Grants.empty(), g1);
            GrantStore.write(txn, g1, g2);
            txn.commit();
        }
        assertThat(load()).isEqualTo(g2);
        try (KvReader r = store.newSnapshotReader()) {
            assertThat(GrantStore.storedVersion(r)).isEqualTo(g2.version());
        }
    }

    @Test
    void rollbackLeavesNothing() {
        try (KvTransaction txn = store.begin()) {
            GrantStore.write(txn, Grants.empty(), rich());
            txn.rollback();
        }
        assertThat(grantKeys()).isZero();
    }

    /** Writes {@code after} over {@code before} and returns the operations as "put|delete rowKind". */
    private List<String> record(Grants before, Grants after) {
        List<String> ops = new ArrayList<>();
        try (KvTransaction txn = store.begin()) {
            GrantStore.write(new Recording(txn, ops), before, after);
            txn.commit();
        }
        return ops;
    }

    /** Delegates to a real transaction and notes each write's row kind (the key's second byte). */
    private record Recording(KvTransaction txn, List<String> ops) implements KvTransaction {
        @Override public void put(byte[] key, byte[] value) {
            ops.add("put " + key[1]);
            txn.put(key, value);
        }

        @Override public void delete(byte[] key) {
            ops.add("delete " + key[1]);
            txn.delete(key);
        }

        @Override public byte[] get(byte[] key) { return txn.get(key); }
        @Override public KvIterator scan(byte[] from, byte[] to, boolean reverse) { return txn.scan(from, to, reverse); }
        @Override public void ensureSnapshot() { txn.ensureSnapshot(); }
        @Override public void refreshSnapshot() { txn.refreshSnapshot(); }
        @Override public byte[] getForUpdate(byte[] key, boolean exclusive) { return txn.getForUpdate(key, exclusive); }
        @Override public KvIterator scanForUpdate(byte[] from, byte[] to, boolean reverse, boolean exclusive) {
            return txn.scanForUpdate(from, to, reverse, exclusive);
        }
        @Override public void setSavepoint() { txn.setSavepoint(); }
        @Override public void rollbackToSavepoint() { txn.rollbackToSavepoint(); }
        @Override public void releaseSavepoint() { txn.releaseSavepoint(); }
        @Override public void setLockWaitTimeoutMillis(long millis) { txn.setLockWaitTimeoutMillis(millis); }
        @Override public int savepointDepth() { return txn.savepointDepth(); }
        @Override public void commit() { txn.commit(); }
        @Override public void rollback() { txn.rollback(); }
        @Override public boolean isActive() { return txn.isActive(); }
        @Override public boolean isReadOnly() { return txn.isReadOnly(); }
        @Override public void close() { }
    }
}
