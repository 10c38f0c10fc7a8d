package io.sprocket.storage.memory;

import io.sprocket.storage.KvIterator;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;

/**
 * Committed versions read at one sequence, merged in key order with a transaction's own writes (which win, and
 * whose deletes hide committed entries). Both maps are already bounded and oriented for the scan direction.
 *
 * <p>Each step looks up the entry after the last key returned instead of holding iterators, so the scan stays
 * correct while its own transaction writes or rolls back to a savepoint.
 */
final class MergedScan implements KvIterator {
    private final NavigableMap<byte[], Version> committed;
    private final NavigableMap<byte[], MemoryKvTransaction.Write> own;
    private final long readSequence;
    private final int direction;
    private byte[] last;
    private boolean exhausted;
    private byte[] key;
    private byte[] value;
    private boolean closed;

    MergedScan(NavigableMap<byte[], Version> committed, NavigableMap<byte[], MemoryKvTransaction.Write> own,
               long readSequence, boolean reverse) {
        this.committed = committed;
        this.own = own;
        this.readSequence = readSequence;
        this.direction = reverse ? -1 : 1;
    }

    @Override
    public boolean next() {
        if (closed) {
            throw new IllegalStateException("scan is closed");
        }
        while (!exhausted) {
            Map.Entry<byte[], Version> nextCommitted = last == null ? committed.firstEntry() : committed.higherEntry(last);
            Map.Entry<byte[], MemoryKvTransaction.Write> nextOwn = last == null ? own.firstEntry() : own.higherEntry(last);
            if (nextCommitted == null && nextOwn == null) {
                exhausted = true;
                break;
            }
            int order = nextCommitted == null ? 1 : nextOwn == null ? -1
                    : direction * Arrays.compareUnsigned(nextCommitted.getKey(), nextOwn.getKey());
            byte[] candidateValue;
            if (order < 0) {
                last = nextCommitted.getKey();
                Version visible = nextCommitted.getValue().visibleAt(readSequence);
                candidateValue = visible == null ? null : visible.value();
            } else {
                last = nextOwn.getKey();
                candidateValue = nextOwn.getValue().value();
            }
            if (candidateValue != null) {
                key = last;
                value = candidateValue;
                return true;
            }
        }
        key = null;
        value = null;
        return false;
    }

    @Override
    public byte[] key() {
        return copyOfCurrent(key);
    }

    @Override
    public byte[] value() {
        return copyOfCurrent(value);
    }

    @Override
    public void close() {
        closed = true;
    }

    static byte[] copyOfCurrent(byte[] bytes) {
        if (bytes == null) {
            throw new NoSuchElementException("no current entry");
        }
        return bytes.clone();
    }
}
