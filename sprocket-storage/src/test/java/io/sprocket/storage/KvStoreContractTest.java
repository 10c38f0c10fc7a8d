package io.sprocket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads, writes, snapshots, scans and savepoints: what every {@link KvStore} implementation must do. Locking and
 * concurrency are in {@link KvStoreLockingContractTest}.
 */
public abstract class KvStoreContractTest extends KvStoreFixture {
    @Test
    void committedWritesAreVisibleToLaterTransactions() {
        commitAll("a", "1", "b", "2");
        try (KvTransaction transaction = store.begin()) {
            assertThat(s(transaction.get(b("a")))).isEqualTo("1");
            assertThat(s(transaction.get(b("b")))).isEqualTo("2");
            assertThat(transaction.get(b("c"))).isNull();
        }
    }

    @Test
    void emptyValuesAndEmptyKeysAreNotAbsence() {
        try (KvTransaction transaction = store.begin()) {
            transaction.put(b("empty"), new byte[0]);
            transaction.put(new byte[0], b("empty key"));
            assertThat(transaction.get(b("empty"))).isEmpty();
            transaction.commit();
        }
        try (KvTransaction transaction = store.begin()) {
            assertThat(transaction.get(b("empty"))).isNotNull().isEmpty();
            assertThat(s(transaction.get(new byte[0]))).isEqualTo("empty key");
            assertThat(drain(transaction.scan(null, null, false))).containsExactly("=empty key", "empty=");
            transaction.delete(b("empty"));
            assertThat(transaction.getForUpdate(b("empty"), true)).isNull();
        }
    }

    @Test
    void refreshedSnapshotSeesLaterCommitsAndKeepsOwnWrites() {
        commitAll("k", "old");
        try (KvTransaction reader = store.begin()) {
            assertThat(s(reader.get(b("k")))).isEqualTo("old");
            reader.put(b("mine"), b("1"));
            commitAll("k", "new");
            assertThat(s(reader.get(b("k")))).isEqualTo("old");
            reader.refreshSnapshot(); // READ COMMITTED: the next statement reads a new snapshot
            assertThat(s(reader.get(b("k")))).isEqualTo("new");
            assertThat(s(reader.get(b("mine")))).isEqualTo("1");
        }
    }

    @Test
    void snapshotDoesNotSeeLaterCommitButSeesOwnWrites() {
        commitAll("k", "old", "other", "x");
        try (KvTransaction reader = store.begin()) {
            assertThat(s(reader.get(b("k")))).isEqualTo("old");
            commitAll("k", "new", "late", "y");
            assertThat(s(reader.get(b("k")))).isEqualTo("old");
            assertThat(reader.get(b("late"))).isNull();
            assertThat(drain(reader.scan(null, null, false))).containsExactly("k=old", "other=x");
            reader.put(b("other"), b("mine"));
            assertThat(s(reader.get(b("other")))).isEqualTo("mine");
            reader.delete(b("k"));
            assertThat(reader.get(b("k"))).isNull();
        }
        assertThat(committed("k")).isEqualTo("new");
        assertThat(committed("other")).isEqualTo("x");
    }

    @Test
    void snapshotIsTakenAtFirstReadUnlessRequestedAtBegin() {
        commitAll("k", "v1");
        try (KvTransaction lazy = store.begin();
             KvTransaction eager = store.begin(KvTransactionOptions.DEFAULT.withSnapshotAtBegin(true))) {
            commitAll("k", "v2");
            assertThat(s(lazy.get(b("k")))).isEqualTo("v2");
            assertThat(s(eager.get(b("k")))).isEqualTo("v1");
            commitAll("k", "v3");
            assertThat(s(lazy.get(b("k")))).isEqualTo("v2");
        }
    }

    @Test
    void ensureSnapshotFixesTheViewBeforeAnyRead() {
        commitAll("k", "v1");
        try (KvTransaction transaction = store.begin()) {
            transaction.ensureSnapshot();
            commitAll("k", "v2");
            assertThat(s(transaction.get(b("k")))).isEqualTo("v1");
        }
    }

    @Test
    void rangeScanMergesOwnWritesInBothDirections() {
        commitAll("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        try (KvTransaction transaction = store.begin()) {
            transaction.put(b("bb"), b("new"));
            transaction.delete(b("c"));
            transaction.put(b("d"), b("44"));
            transaction.put(b("z"), b("outside"));
            assertThat(drain(transaction.scan(b("b"), b("e"), false)))
                    .containsExactly("b=2", "bb=new", "d=44");
            assertThat(drain(transaction.scan(b("b"), b("e"), true)))
                    .containsExactly("d=44", "bb=new", "b=2");
            assertThat(drain(transaction.scan(null, b("b"), false))).containsExactly("a=1");
            assertThat(drain(transaction.scan(b("e"), null, true))).containsExactly("z=outside", "e=5");
            assertThat(drain(transaction.scan(b("c"), b("c"), false))).isEmpty();
            assertThat(drain(transaction.scan(b("d"), b("c"), true))).isEmpty();
        }
    }

    @Test
    void scanBoundsAreInclusiveExclusiveInUnsignedOrder() {
        try (KvTransaction transaction = store.begin()) {
            transaction.put(new byte[] {0x01}, b("one"));
            transaction.put(new byte[] {0x7F}, b("max-signed"));
            transaction.put(new byte[] {(byte) 0x80}, b("high"));
            transaction.put(new byte[] {(byte) 0xFF, 0x00}, b("top"));
            transaction.commit();
        }
        try (KvReader reader = store.newSnapshotReader()) {
            assertThat(drain(reader.scan(new byte[] {0x7F}, new byte[] {(byte) 0xFF}, false)))
                    .containsExactly("\u007F=max-signed", s(new byte[] {(byte) 0x80}) + "=high");
            assertThat(drain(reader.scan(null, null, true))).hasSize(4).last().isEqualTo("\u0001=one");
        }
    }

    @Test
    void prefixScanWithPrefixEnd() {
        byte[] prefix = new KeyEncoder().writeUnsignedInt(7).toByteArray();
        try (KvTransaction transaction = store.begin()) {
            for (int table = 6; table <= 8; table++) {
                for (long id = -1; id <= 1; id++) {
                    transaction.put(new KeyEncoder().writeUnsignedInt(table).writeLong(id).toByteArray(),
                            b(table + ":" + id));
                }
            }
            transaction.commit();
        }
        List<String> values = new ArrayList<>();
        try (KvReader reader = store.newSnapshotReader();
             KvIterator scan = reader.scan(prefix, KeyEncoder.prefixEnd(prefix), false)) {
            while (scan.next()) {
                values.add(s(scan.value()));
            }
        }
        assertThat(values).containsExactly("7:-1", "7:0", "7:1");
    }

    @Test
    void getForUpdateIsACurrentReadNotASnapshotRead() {
        commitAll("k", "v1");
        try (KvTransaction transaction = store.begin()) {
            assertThat(s(transaction.get(b("k")))).isEqualTo("v1");
            commitAll("k", "v2");
            assertThat(s(transaction.get(b("k")))).isEqualTo("v1");
            assertThat(s(transaction.getForUpdate(b("k"), true))).isEqualTo("v2");
            transaction.put(b("k"), b("v3"));
            assertThat(s(transaction.getForUpdate(b("k"), true))).isEqualTo("v3");
            transaction.commit();
        }
        assertThat(committed("k")).isEqualTo("v3");
    }

    @Test
    void writesOverAStaleSnapshotAreAccepted() {
        commitAll("k", "v1");
        try (KvTransaction transaction = store.begin()) {
            assertThat(s(transaction.get(b("k")))).isEqualTo("v1");
            commitAll("k", "v2");
            transaction.put(b("k"), b("mine"));
            transaction.commit();
        }
        assertThat(committed("k")).isEqualTo("mine");
    }

    @Test
    void savepointRollbackUndoesOnlyTheStatement() {
        commitAll("a", "1");
        try (KvTransaction transaction = store.begin()) {
            transaction.put(b("before"), b("kept"));
            transaction.setSavepoint();
            transaction.put(b("during"), b("undone"));
            transaction.delete(b("a"));
            transaction.put(b("before"), b("overwritten"));
            assertThat(transaction.savepointDepth()).isEqualTo(1);
            transaction.rollbackToSavepoint();
            assertThat(transaction.savepointDepth()).isZero();
            assertThat(s(transaction.get(b("before")))).isEqualTo("kept");
            assertThat(transaction.get(b("during"))).isNull();
            assertThat(s(transaction.get(b("a")))).isEqualTo("1");
            transaction.put(b("after"), b("kept"));
            transaction.commit();
        }
        assertThat(committed("before")).isEqualTo("kept");
        assertThat(committed("during")).isNull();
        assertThat(committed("a")).isEqualTo("1");
        assertThat(committed("after")).isEqualTo("kept");
    }

    @Test
    void savepointsNestLikeAStack() {
        try (KvTransaction transaction = store.begin()) {
            transaction.setSavepoint();             // SQL SAVEPOINT s1
            transaction.put(b("x"), b("1"));
            transaction.setSavepoint();             // statement
            transaction.put(b("y"), b("2"));
            transaction.releaseSavepoint();         // statement succeeded
            transaction.setSavepoint();             // statement
            transaction.put(b("z"), b("3"));
            transaction.rollbackToSavepoint();      // statement failed
            assertThat(s(transaction.get(b("y")))).isEqualTo("2");
            assertThat(transaction.get(b("z"))).isNull();
            transaction.rollbackToSavepoint();      // ROLLBACK TO s1, through the released statement savepoint
            assertThat(transaction.get(b("x"))).isNull();
            assertThat(transaction.get(b("y"))).isNull();
            assertThatThrownBy(transaction::rollbackToSavepoint).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(transaction::releaseSavepoint).isInstanceOf(IllegalStateException.class);
            transaction.put(b("w"), b("4"));
            transaction.commit();
        }
        assertThat(committed("w")).isEqualTo("4");
        assertThat(committed("x")).isNull();
    }

    @Test
    void sqlRollbackToANamedSavepointBelowTheTop() {
        try (KvTransaction transaction = store.begin()) {
            transaction.put(b("before"), b("1"));
            transaction.setSavepoint();             // SAVEPOINT s (depth 1)
            transaction.put(b("after-s"), b("2"));
            transaction.setSavepoint();             // SAVEPOINT t (depth 2)
            transaction.put(b("after-t"), b("3"));
            transaction.setSavepoint();             // the ROLLBACK TO statement's own savepoint
            // ROLLBACK TO s: drop what is above s, undo to s, and keep s.
            while (transaction.savepointDepth() > 1) {
                transaction.releaseSavepoint();
            }
            transaction.rollbackToSavepoint();
            transaction.setSavepoint();
            assertThat(transaction.savepointDepth()).isEqualTo(1);
            assertThat(s(transaction.get(b("before")))).isEqualTo("1");
            assertThat(transaction.get(b("after-s"))).isNull();
            assertThat(transaction.get(b("after-t"))).isNull();
            transaction.put(b("again"), b("4"));
            transaction.rollbackToSavepoint();      // ROLLBACK TO s once more
            assertThat(transaction.get(b("again"))).isNull();
            transaction.commit();
        }
        assertThat(committed("before")).isEqualTo("1");
        assertThat(committed("after-s")).isNull();
    }

    @Test
    void rollbackAndCloseLeaveNoTrace() {
        commitAll("a", "1");
        try (KvTransaction transaction = store.begin()) {
            transaction.put(b("a"), b("2"));
            transaction.put(b("b"), b("2"));
            transaction.rollback();
            assertThat(transaction.isActive()).isFalse();
            transaction.rollback();
        }
        try (KvTransaction transaction = store.begin()) {
            transaction.delete(b("a"));
            transaction.put(b("c"), b("3"));
        }
        assertThat(committed("a")).isEqualTo("1");
        assertThat(committed("b")).isNull();
        assertThat(committed("c")).isNull();
        // The locks are gone too.
        try (KvTransaction transaction = store.begin(SHORT_WAIT.withLockWaitTimeoutMillis(0))) {
            transaction.put(b("a"), b("free"));
            transaction.put(b("c"), b("free"));
            transaction.commit();
        }
    }

    @Test
    void endedTransactionRejectsFurtherUse() {
        KvTransaction transaction = store.begin();
        transaction.commit();
        assertThatThrownBy(() -> transaction.put(b("a"), b("1"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transaction.get(b("a"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(transaction::commit).isInstanceOf(IllegalStateException.class);
        transaction.close();
    }

    @Test
    void readOnlyTransactionReadsButRejectsWritesAndLocks() {
        commitAll("k", "v");
        try (KvTransaction transaction = store.begin(KvTransactionOptions.DEFAULT.withReadOnly(true))) {
            assertThat(transaction.isReadOnly()).isTrue();
            assertThat(s(transaction.get(b("k")))).isEqualTo("v");
            commitAll("k", "v2");
            assertThat(drain(transaction.scan(null, null, false))).containsExactly("k=v");
            assertThatThrownBy(() -> transaction.put(b("k"), b("x"))).isInstanceOf(ReadOnlyTransactionException.class);
            assertThatThrownBy(() -> transaction.getForUpdate(b("k"), false))
                    .isInstanceOf(ReadOnlyTransactionException.class);
            transaction.setSavepoint();
            transaction.rollbackToSavepoint();
            transaction.commit();
        }
    }

    @Test
    void snapshotReaderSeesTheStateAtItsCreation() {
        commitAll("a", "1", "b", "2");
        try (KvReader reader = store.newSnapshotReader()) {
            commitAll("a", "changed", "c", "3");
            assertThat(s(reader.get(b("a")))).isEqualTo("1");
            assertThat(drain(reader.scan(null, null, false))).containsExactly("a=1", "b=2");
            assertThat(drain(reader.scan(null, null, true))).containsExactly("b=2", "a=1");
        }
    }

    @Test
    void writingWhileScanningInTheSameTransaction() {
        commitAll("r1", "a", "r2", "b", "r3", "c");
        try (KvTransaction transaction = store.begin()) {
            List<String> seen = new ArrayList<>();
            try (KvIterator scan = transaction.scanForUpdate(b("r"), b("s"), false, true)) {
                while (scan.next()) {
                    seen.add(s(scan.key()));
                    // UPDATE ... WHERE over a range: rewrite the row, move an index entry elsewhere.
                    transaction.put(scan.key(), b(s(scan.value()) + "!"));
                    transaction.put(b("x" + s(scan.key())), b("moved"));
                }
            }
            assertThat(seen).containsExactly("r1", "r2", "r3");
            try (KvIterator scan = transaction.scan(b("r"), b("s"), false)) {
                while (scan.next()) {
                    transaction.delete(scan.key());
                }
            }
            assertThat(drain(transaction.scan(null, null, false))).containsExactly("xr1=moved", "xr2=moved", "xr3=moved");
            transaction.commit();
        }
        assertThat(committed("r2")).isNull();
        assertThat(committed("xr2")).isEqualTo("moved");
    }

    @Test
    void anOpenScanSurvivesAStatementRollback() {
        commitAll("r1", "a", "r2", "b", "r3", "c", "r4", "d");
        for (boolean reverse : new boolean[] {false, true}) {
            try (KvTransaction transaction = store.begin()) {
                transaction.put(b("r0"), b("own"));
                List<String> seen = new ArrayList<>();
                // A stored-procedure cursor stays open while a statement in the loop body fails and is undone.
                try (KvIterator cursor = transaction.scan(b("r"), b("s"), reverse)) {
                    for (int i = 0; i < 2 && cursor.next(); i++) {
                        seen.add(s(cursor.key()) + "=" + s(cursor.value()));
                    }
                    transaction.setSavepoint();
                    transaction.put(b("r25"), b("undone"));
                    transaction.put(b("r15"), b("undone"));
                    transaction.delete(b("r3"));
                    transaction.delete(b("r1"));
                    transaction.rollbackToSavepoint();
                    while (cursor.next()) {
                        seen.add(s(cursor.key()) + "=" + s(cursor.value()));
                    }
                }
                if (reverse) {
                    assertThat(seen).containsExactly("r4=d", "r3=c", "r2=b", "r1=a", "r0=own");
                } else {
                    assertThat(seen).containsExactly("r0=own", "r1=a", "r2=b", "r3=c", "r4=d");
                }
            }
        }
    }

    @Test
    void statementsWithoutWritesRollBackToTheirOwnSavepointOnly() {
        try (KvTransaction transaction = store.begin()) {
            transaction.setSavepoint();
            transaction.setSavepoint();
            transaction.releaseSavepoint();
            transaction.put(b("a"), b("1"));
            transaction.setSavepoint();
            transaction.setSavepoint();
            transaction.rollbackToSavepoint();
            transaction.put(b("b"), b("2"));
            transaction.rollbackToSavepoint();
            assertThat(s(transaction.get(b("a")))).isEqualTo("1");
            assertThat(transaction.get(b("b"))).isNull();
            transaction.put(b("c"), b("3"));
            transaction.rollbackToSavepoint();
            assertThat(transaction.get(b("a"))).isNull();
            assertThat(transaction.get(b("c"))).isNull();
            assertThat(transaction.savepointDepth()).isZero();
        }
    }

    @Test
    void closingTheStoreEndsOpenTransactionsAndReaders() throws Exception {
        commitAll("k", "v");
        KvTransaction transaction = store.begin();
        transaction.put(b("k"), b("uncommitted"));
        KvReader reader = store.newSnapshotReader();
        KvIterator scan = reader.scan(null, null, false);
        store.close();
        assertThatThrownBy(() -> transaction.put(b("j"), b("x"))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> reader.get(b("k"))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> store.begin()).isInstanceOf(StorageException.class);
        scan.close();
        reader.close();
        transaction.close();
        store = openStore();
    }
}
