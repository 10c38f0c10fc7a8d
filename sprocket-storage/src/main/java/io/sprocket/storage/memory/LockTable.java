package io.sprocket.storage.memory;

import io.sprocket.storage.DeadlockException;
import io.sprocket.storage.LockWaitTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Shared/exclusive locks on keys, owned by transaction ids. One monitor guards the whole table: simple, and the
 * wait-for graph used for deadlock detection is then always consistent.
 */
final class LockTable {
    private static final class KeyLock {
        final Set<Long> sharedHolders = new HashSet<>();
        long exclusiveHolder;

        boolean isFree() {
            return exclusiveHolder == 0 && sharedHolders.isEmpty();
        }
    }

    private final ReentrantLock monitor = new ReentrantLock();
    private final Condition released = monitor.newCondition();
    private final Map<ByteBuffer, KeyLock> locks = new HashMap<>();
    /** What each waiting transaction waits for, to find cycles. */
    private final Map<Long, Wait> waitingFor = new HashMap<>();

    private record Wait(ByteBuffer key, boolean exclusive) {
    }

    /**
     * Grants the lock or waits up to {@code timeoutMillis}. Returns true if the lock is newly recorded for
     * {@code owner} (so the caller remembers to release it).
     */
    boolean acquire(long owner, byte[] key, boolean exclusive, long timeoutMillis) {
        ByteBuffer id = ByteBuffer.wrap(key.clone());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        monitor.lock();
        try {
            while (true) {
                KeyLock lock = locks.computeIfAbsent(id, k -> new KeyLock());
                if (grantable(lock, owner, exclusive)) {
                    boolean isNew = lock.exclusiveHolder != owner && !lock.sharedHolders.contains(owner);
                    if (exclusive) {
                        lock.sharedHolders.remove(owner);
                        lock.exclusiveHolder = owner;
                    } else if (lock.exclusiveHolder != owner) {
                        lock.sharedHolders.add(owner);
                    }
                    return isNew;
                }
                if (closesCycle(owner, lock, exclusive)) {
                    dropIfFree(id, lock);
                    throw new DeadlockException("Deadlock found when trying to get lock");
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    dropIfFree(id, lock);
                    throw new LockWaitTimeoutException("Lock wait timeout exceeded");
                }
                waitingFor.put(owner, new Wait(id, exclusive));
                try {
                    released.awaitNanos(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LockWaitTimeoutException("Lock wait interrupted");
                } finally {
                    waitingFor.remove(owner);
                }
            }
        } finally {
            monitor.unlock();
        }
    }

    void releaseAll(long owner, Iterable<byte[]> keys) {
        monitor.lock();
        try {
            for (byte[] key : keys) {
                ByteBuffer id = ByteBuffer.wrap(key);
                KeyLock lock = locks.get(id);
                if (lock == null) {
                    continue;
                }
                lock.sharedHolders.remove(owner);
                if (lock.exclusiveHolder == owner) {
                    lock.exclusiveHolder = 0;
                }
                dropIfFree(id, lock);
            }
            released.signalAll();
        } finally {
            monitor.unlock();
        }
    }

    private static boolean grantable(KeyLock lock, long owner, boolean exclusive) {
        if (lock.exclusiveHolder != 0) {
            return lock.exclusiveHolder == owner;
        }
        if (!exclusive) {
            return true;
        }
        return lock.sharedHolders.isEmpty() || (lock.sharedHolders.size() == 1 && lock.sharedHolders.contains(owner));
    }

    /** Would {@code owner} waiting on {@code wanted} close a cycle? Walks holders → what they wait for → holders. */
    private boolean closesCycle(long owner, KeyLock wanted, boolean exclusive) {
        Deque<Long> pending = new ArrayDeque<>(blockers(wanted, owner, exclusive));
        Set<Long> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            long transaction = pending.pop();
            if (transaction == owner) {
                return true;
            }
            if (!seen.add(transaction)) {
                continue;
            }
            Wait wait = waitingFor.get(transaction);
            KeyLock lock = wait == null ? null : locks.get(wait.key());
            if (lock != null) {
                pending.addAll(blockers(lock, transaction, wait.exclusive()));
            }
        }
        return false;
    }

    /** The transactions that keep {@code transaction}'s request from being granted. */
    private static Set<Long> blockers(KeyLock lock, long transaction, boolean exclusive) {
        Set<Long> holders = exclusive ? new HashSet<>(lock.sharedHolders) : new HashSet<>();
        if (lock.exclusiveHolder != 0) {
            holders.add(lock.exclusiveHolder);
        }
        holders.remove(transaction);
        return holders;
    }

    private void dropIfFree(ByteBuffer id, KeyLock lock) {
        if (lock.isFree()) {
            locks.remove(id);
        }
    }
}
