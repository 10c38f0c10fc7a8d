package io.sprocket.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link KvStore} implementation must show. Subclasses only say how to open a fresh store.
 */
public abstract class KvStoreContractTest {
    protected static final KvTransactionOptions SHORT_WAIT = KvTransactionOptions.DEFAULT.withLockWaitTimeoutMillis(200);

    protected KvStore store;

    protected abstract KvStore openStore() throws Exception;

    @BeforeEach
    void openFreshStore() throws Exception {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected static byte[] b(String text) {
        return text.getBytes(UTF_8);
    }

    protected static String s(byte[] bytes) {
        return bytes == null ? null : new String(bytes, UTF_8);
    }

    protected void commitAll(String... keyValues) {
        try (KvTransaction transaction = store.begin()) {
            for (int i = 0; i < keyValues.length; i += 2) {
                transaction.put(b(keyValues[i]), b(keyValues[i + 1]));
            }
            transaction.commit();
        }
    }

    protected String committed(String key) {
        try (KvReader reader = store.newSnapshotReader()) {
            return s(reader.get(b(key)));
        }
    }

    protected static List<String> drain(KvIterator iterator) {
        List<String> out = new ArrayList<>();
        try (iterator) {
            while (iterator.next()) {
                out.add(s(iterator.key()) + "=" + s(iterator.value()));
            }
        }
        return out;
    }

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
    void lockWaitTimesOutOnAnExclusivelyLockedKey() {
        commitAll("k", "v");
        try (KvTransaction holder = store.begin(); KvTransaction waiter = store.begin(SHORT_WAIT)) {
            holder.put(b("k"), b("held"));
            long start = System.nanoTime();
            assertThatThrownBy(() -> waiter.getForUpdate(b("k"), true)).isInstanceOf(LockWaitTimeoutException.class);
            assertThatThrownBy(() -> waiter.put(b("k"), b("w"))).isInstanceOf(LockWaitTimeoutException.class);
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(elapsedMillis).isBetween(300L, 5_000L);
            // SET innodb_lock_wait_timeout mid-transaction applies to the next wait (a lower bound is load-proof).
            waiter.setLockWaitTimeoutMillis(600);
            long longerWait = System.nanoTime();
            assertThatThrownBy(() -> waiter.delete(b("k"))).isInstanceOf(LockWaitTimeoutException.class);
            assertThat(elapsedSince(longerWait).toMillis()).isGreaterThanOrEqualTo(550);
            // The waiter is still usable after a timeout, and consistent reads never wait.
            assertThat(s(waiter.get(b("k")))).isEqualTo("v");
            waiter.put(b("other"), b("fine"));
            waiter.commit();
        }
    }

    @Test
    void aMissingKeyLockedForUpdateBlocksItsInsertion() {
        try (KvTransaction holder = store.begin(); KvTransaction inserter = store.begin(SHORT_WAIT)) {
            assertThat(holder.getForUpdate(b("absent"), true)).isNull();
            assertThatThrownBy(() -> inserter.put(b("absent"), b("x"))).isInstanceOf(LockWaitTimeoutException.class);
        }
    }

    @Test
    void sharedLocksAreCompatibleWithEachOtherButNotWithWrites() {
        commitAll("k", "v");
        try (KvTransaction first = store.begin(SHORT_WAIT); KvTransaction second = store.begin(SHORT_WAIT)) {
            assertThat(s(first.getForUpdate(b("k"), false))).isEqualTo("v");
            assertThat(s(second.getForUpdate(b("k"), false))).isEqualTo("v");
            assertThatThrownBy(() -> second.put(b("k"), b("w"))).isInstanceOf(LockWaitTimeoutException.class);
            first.rollback();
            second.put(b("k"), b("w"));
            second.commit();
        }
        assertThat(committed("k")).isEqualTo("w");
    }

    @Test
    void lockIsGrantedWhenTheHolderCommits() throws Exception {
        commitAll("counter", "0");
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try (KvTransaction holder = store.begin()) {
            holder.put(b("counter"), b("1"));
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<String> waiter = CompletableFuture.supplyAsync(() -> {
                try (KvTransaction transaction = store.begin()) {
                    started.countDown();
                    String seen = s(transaction.getForUpdate(b("counter"), true));
                    transaction.put(b("counter"), b(seen + "+1"));
                    transaction.commit();
                    return seen;
                }
            }, executor);
            started.await();
            Thread.sleep(100);
            assertThat(waiter).isNotDone();
            holder.commit();
            assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo("1");
        } finally {
            executor.shutdown();
        }
        assertThat(committed("counter")).isEqualTo("1+1");
    }

    @Test
    void twoTransactionDeadlockIsDetectedQuickly() throws Exception {
        commitAll("a", "0", "b", "0");
        KvTransactionOptions longWait = KvTransactionOptions.DEFAULT.withLockWaitTimeoutMillis(20_000);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try (KvTransaction first = store.begin(longWait); KvTransaction second = store.begin(longWait)) {
            first.put(b("a"), b("1"));
            second.put(b("b"), b("2"));
            long start = System.nanoTime();
            CompletableFuture<Throwable> firstOutcome = CompletableFuture.supplyAsync(() -> {
                try {
                    first.put(b("b"), b("1"));
                    return null;
                } catch (RuntimeException e) {
                    first.rollback();
                    return e;
                }
            }, executor);
            Thread.sleep(150);
            Throwable secondOutcome = null;
            try {
                second.put(b("a"), b("2"));
            } catch (RuntimeException e) {
                secondOutcome = e;
                second.rollback();
            }
            Throwable firstError = firstOutcome.get(10, TimeUnit.SECONDS);
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(elapsedMillis).isLessThan(5_000);
            // Exactly one victim; the survivor's statement went through once the victim rolled back.
            assertThat(firstError == null ^ secondOutcome == null).isTrue();
            Throwable victim = firstError != null ? firstError : secondOutcome;
            assertThat(victim).isInstanceOf(DeadlockException.class);
            KvTransaction survivor = firstError == null ? first : second;
            survivor.commit();
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void twoSharedHoldersUpgradingIsADeadlock() throws Exception {
        commitAll("k", "v");
        KvTransactionOptions longWait = KvTransactionOptions.DEFAULT.withLockWaitTimeoutMillis(20_000);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
             KvTransaction first = store.begin(longWait); KvTransaction second = store.begin(longWait)) {
            first.getForUpdate(b("k"), false);
            second.getForUpdate(b("k"), false);
            long start = System.nanoTime();
            CompletableFuture<Throwable> firstOutcome = CompletableFuture.supplyAsync(() -> {
                try {
                    first.put(b("k"), b("first"));
                    return null;
                } catch (RuntimeException e) {
                    first.rollback();
                    return e;
                }
            }, executor);
            Thread.sleep(150);
            Throwable secondOutcome = null;
            try {
                second.put(b("k"), b("second"));
            } catch (RuntimeException e) {
                secondOutcome = e;
                second.rollback();
            }
            Throwable firstError = firstOutcome.get(10, TimeUnit.SECONDS);
            assertThat(elapsedSince(start).toMillis()).isLessThan(5_000);
            assertThat(firstError == null ^ secondOutcome == null).isTrue();
            assertThat(firstError != null ? firstError : secondOutcome).isInstanceOf(DeadlockException.class);
            (firstError == null ? first : second).commit();
        }
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
    void lockingScanLocksTheKeysItReturnsAndReadsLatestValues() {
        commitAll("r1", "a", "r2", "b", "r3", "c", "s1", "outside");
        try (KvTransaction scanner = store.begin(); KvTransaction writer = store.begin(SHORT_WAIT)) {
            scanner.ensureSnapshot();
            commitAll("r2", "b2");
            scanner.put(b("r4"), b("own"));
            assertThat(drain(scanner.scanForUpdate(b("r"), b("s"), false, true)))
                    .containsExactly("r1=a", "r2=b2", "r3=c", "r4=own");
            assertThatThrownBy(() -> writer.put(b("r3"), b("x"))).isInstanceOf(LockWaitTimeoutException.class);
            writer.put(b("s1"), b("free"));
            writer.commit();
        }
    }

    @Test
    void sharedLockingScanInReverse() {
        commitAll("r1", "a", "r2", "b");
        try (KvTransaction scanner = store.begin(); KvTransaction reader = store.begin(SHORT_WAIT)) {
            assertThat(drain(scanner.scanForUpdate(b("r"), b("s"), true, false))).containsExactly("r2=b", "r1=a");
            assertThat(s(reader.getForUpdate(b("r1"), false))).isEqualTo("a");
            assertThatThrownBy(() -> reader.delete(b("r2"))).isInstanceOf(LockWaitTimeoutException.class);
        }
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
    void incrementIsAtomicAndNotRolledBack() throws Exception {
        byte[] key = b("seq");
        assertThat(store.increment(key, 1)).isEqualTo(1);
        try (KvTransaction transaction = store.begin()) {
            assertThat(store.increment(key, 5)).isEqualTo(6);
            transaction.rollback();
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        List<CompletableFuture<Long>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(CompletableFuture.supplyAsync(() -> store.increment(key, 1), executor));
        }
        List<Long> values = new ArrayList<>();
        for (CompletableFuture<Long> result : results) {
            values.add(result.get(10, TimeUnit.SECONDS));
        }
        executor.shutdown();
        assertThat(values).containsExactlyInAnyOrder(7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
    }

    @Test
    void manyVirtualThreadsWaitingForLocksDoNotStallTheHolder() throws Exception {
        commitAll("hot", "0");
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            KvTransaction holder = store.begin();
            holder.put(b("hot"), b("held"));
            List<CompletableFuture<String>> waiters = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                waiters.add(CompletableFuture.supplyAsync(() -> {
                    try (KvTransaction transaction = store.begin()) {
                        String value = s(transaction.getForUpdate(b("hot"), true));
                        transaction.commit();
                        return value;
                    }
                }, executor));
            }
            Thread.sleep(200);
            // The holder commits from a virtual thread while eight others wait for its lock.
            CompletableFuture<Void> commit = CompletableFuture.runAsync(holder::commit, executor);
            commit.get(5, TimeUnit.SECONDS);
            for (CompletableFuture<String> waiter : waiters) {
                assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo("held");
            }
            holder.close();
        } finally {
            executor.shutdown();
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
    void lockWaitTimeoutFiresOnAVirtualThreadToo() throws Exception {
        try (KvTransaction holder = store.begin()) {
            holder.put(b("k"), b("held"));
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> {
                    long start = System.nanoTime();
                    try (KvTransaction waiter = store.begin(SHORT_WAIT)) {
                        assertThatThrownBy(() -> waiter.getForUpdate(b("k"), false))
                                .isInstanceOf(LockWaitTimeoutException.class);
                    }
                    return elapsedSince(start).toMillis();
                }, executor);
                assertThat(waited.get(10, TimeUnit.SECONDS)).isBetween(150L, 3_000L);
            }
        }
    }

    @Test
    void concurrentTransfersKeepTheTotalDespiteDeadlocks() throws Exception {
        int accounts = 4;
        for (int i = 0; i < accounts; i++) {
            commitAll("acct" + i, "100");
        }
        KvTransactionOptions options = KvTransactionOptions.DEFAULT.withLockWaitTimeoutMillis(5_000);
        List<CompletableFuture<Integer>> workers = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int worker = 0; worker < 4; worker++) {
                int seed = worker;
                workers.add(CompletableFuture.supplyAsync(() -> {
                    java.util.Random random = new java.util.Random(seed);
                    int deadlocks = 0;
                    for (int done = 0; done < 40; ) {
                        int from = random.nextInt(accounts);
                        int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
                        try (KvTransaction transaction = store.begin(options)) {
                            int fromBalance = Integer.parseInt(s(transaction.getForUpdate(b("acct" + from), true)));
                            Thread.yield();
                            int toBalance = Integer.parseInt(s(transaction.getForUpdate(b("acct" + to), true)));
                            transaction.put(b("acct" + from), b(Integer.toString(fromBalance - 1)));
                            transaction.put(b("acct" + to), b(Integer.toString(toBalance + 1)));
                            transaction.commit();
                            done++;
                        } catch (DeadlockException e) {
                            deadlocks++; // rolled back by close(); retry like an application would
                        }
                    }
                    return deadlocks;
                }, executor));
            }
            for (CompletableFuture<Integer> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
        }
        int total = 0;
        try (KvReader reader = store.newSnapshotReader(); KvIterator scan = reader.scan(b("acct"), b("accu"), false)) {
            while (scan.next()) {
                total += Integer.parseInt(s(scan.value()));
            }
        }
        assertThat(total).isEqualTo(100 * accounts);
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

    protected static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
