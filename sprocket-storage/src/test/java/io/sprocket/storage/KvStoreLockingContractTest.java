package io.sprocket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Row locks, lock wait timeouts, deadlock detection and concurrent use: what every {@link KvStore} implementation
 * must do.
 */
public abstract class KvStoreLockingContractTest extends KvStoreFixture {
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
    void lockingScanReturnsWhatTheLockHolderCommitted() throws Exception {
        commitAll("r1", "a", "r2", "b", "r3", "c");
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
             KvTransaction holder = store.begin()) {
            holder.delete(b("r2"));
            holder.put(b("r3"), b("c2"));
            CompletableFuture<List<String>> scanned = CompletableFuture.supplyAsync(() -> {
                try (KvTransaction scanner = store.begin()) {
                    return drain(scanner.scanForUpdate(b("r"), b("s"), false, true));
                }
            }, executor);
            Thread.sleep(150);
            assertThat(scanned).isNotDone();
            holder.commit();
            // r2 was deleted while the scan waited for its lock: skipped; r3 is read after its lock was granted.
            assertThat(scanned.get(10, TimeUnit.SECONDS)).containsExactly("r1=a", "r3=c2");
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
    void raiseCounterIsAnAtomicMaximum() throws Exception {
        byte[] key = b("auto");
        assertThat(store.readCounter(key)).isZero();
        assertThat(store.raiseCounter(key, 10)).isEqualTo(10);
        assertThat(store.raiseCounter(key, 5)).isEqualTo(10);
        assertThat(store.increment(key, 1)).isEqualTo(11);
        List<CompletableFuture<Long>> results = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 6; i++) {
                long value = 20 + i;
                results.add(CompletableFuture.supplyAsync(() -> store.raiseCounter(key, value), executor));
                results.add(CompletableFuture.supplyAsync(() -> store.increment(key, 1), executor));
            }
            for (CompletableFuture<Long> result : results) {
                result.get(10, TimeUnit.SECONDS);
            }
        }
        // One serial history: the raise to 25 happened, and at most all six increments came after it.
        assertThat(store.readCounter(key)).isBetween(25L, 25L + 6);
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
}
