package io.sprocket.storage.rocksdb;

import io.sprocket.storage.StorageException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rocksdb.RocksDBException;

/**
 * Runs lock-acquiring RocksDB calls that must wait on a platform thread when the caller is a virtual thread.
 *
 * <p>Why: a RocksDB lock wait blocks inside native code, which pins the virtual thread's carrier. The server runs a
 * virtual thread per connection on as many carriers as there are cores (two here), so two sessions waiting for row
 * locks would stall every other session, including the one holding the lock that is about to commit. The caller
 * first tries without waiting on its own thread (the common, uncontended case costs nothing extra); only a real
 * wait is handed to a platform thread, while the virtual thread parks on the future without pinning.
 */
final class LockWaits implements AutoCloseable {
    interface RocksCall<T> {
        T call() throws RocksDBException;
    }

    private final ExecutorService waiters;

    LockWaits() {
        AtomicInteger counter = new AtomicInteger();
        this.waiters = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "sprocket-lock-wait-" + counter.incrementAndGet());
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
                    throw new StorageException("lock wait failed", cause);
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
