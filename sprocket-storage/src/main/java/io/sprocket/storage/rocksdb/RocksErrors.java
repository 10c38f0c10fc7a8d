package io.sprocket.storage.rocksdb;

import io.sprocket.storage.DeadlockException;
import io.sprocket.storage.LockWaitTimeoutException;
import io.sprocket.storage.StorageException;
import org.rocksdb.RocksDBException;
import org.rocksdb.Status;

/** Turns RocksDB statuses into this module's exceptions, so nothing above storage sees org.rocksdb. */
final class RocksErrors {
    private RocksErrors() {
    }

    static StorageException translate(RocksDBException e) {
        Status status = e.getStatus();
        if (isLockTimeout(e)) {
            return new LockWaitTimeoutException("Lock wait timeout exceeded", e);
        }
        if (status != null && status.getCode() == Status.Code.Busy && status.getSubCode() == Status.SubCode.Deadlock) {
            return new DeadlockException("Deadlock found when trying to get lock", e);
        }
        return new StorageException("RocksDB: " + e.getMessage(), e);
    }

    static boolean isLockTimeout(RocksDBException e) {
        Status status = e.getStatus();
        return status != null && status.getCode() == Status.Code.TimedOut;
    }
}
