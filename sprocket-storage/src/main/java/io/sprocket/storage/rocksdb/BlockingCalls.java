package io.sprocket.storage.rocksdb;

import io.sprocket.storage.StorageException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rocksdb.RocksDBException;

/**
 * Runs RocksDB calls that block for long (lock waits, synced commits) on a platform thread when the caller is a
 * virtual thread.
 *
 * <p>Why: a call blocked inside native code pins the virtual thread's carrier. The server runs a virtual thread per
 * connection on as many carriers as there are cores (two here), so two sessions waiting for row locks would stall
 * every other session, including the one holding the lock that is about to commit; and at most two fsyncs could be
 * in flight, defeating RocksDB's group commit. Lock requests first try without waiting on the caller's thread (the
 * uncontended case costs nothing extra); only a real wait is handed over, while the virtual thread parks on the
 * future without pinning.
 *
 * <p>The pool is unbounded on purpose: a bounded one could fill with lock waiters while the commit that would
 * release their locks queues behind them. Idle threads expire after a minute.
 */
final class BlockingCalls implements AutoCloseable {
    interface RocksCall<T> {
        T call() throws RocksDBException;
    }

    private final ExecutorService waiters;

    BlockingCalls() {
        AtomicInteger counter = new AtomicInteger();
        this.waiters = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "sprocket-storage-blocking-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code call} on a platform thread and waits for it without pinning the caller's carrier. */
    <T> T onPlatformThread(RocksCall<T> call) throws RocksDBException {
        Future<T> future = waiters.submit(call::call);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    // The native wait cannot be cancelled; it ends by itself within the lock wait timeout.
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RocksDBException rocks) {
                        throw rocks;
                    }
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new StorageException("blocking storage call failed", cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        waiters.shutdownNow();
    }
}
