package io.sprocket.storage.memory;

import io.sprocket.storage.KvIterator;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;

/**
 * Committed versions read at one sequence, merged in key order with a transaction's own writes (which win, and
 * whose deletes hide committed entries). Both maps are already bounded and oriented for the scan direction.
 */
final class MergedScan implements KvIterator {
    private final Iterator<Map.Entry<byte[], Version>> committed;
    private final Iterator<Map.Entry<byte[], MemoryKvTransaction.Write>> own;
    private final long readSequence;
    private final int direction;
    private Map.Entry<byte[], Version> nextCommitted;
    private Map.Entry<byte[], MemoryKvTransaction.Write> nextOwn;
    private byte[] key;
    private byte[] value;
    private boolean closed;

    MergedScan(NavigableMap<byte[], Version> committed, NavigableMap<byte[], MemoryKvTransaction.Write> own,
               long readSequence, boolean reverse) {
        this.committed = committed.entrySet().iterator();
        this.own = own.entrySet().iterator();
        this.readSequence = readSequence;
        this.direction = reverse ? -1 : 1;
        this.nextCommitted = advance(this.committed);
        this.nextOwn = advance(this.own);
    }

    @Override
    public boolean next() {
        if (closed) {
            throw new IllegalStateException("scan is closed");
        }
        while (nextCommitted != null || nextOwn != null) {
            int order = nextCommitted == null ? 1 : nextOwn == null ? -1
                    : direction * Arrays.compareUnsigned(nextCommitted.getKey(), nextOwn.getKey());
            byte[] candidateKey;
            byte[] candidateValue;
            if (order < 0) {
                candidateKey = nextCommitted.getKey();
                Version visible = nextCommitted.getValue().visibleAt(readSequence);
                candidateValue = visible == null ? null : visible.value();
                nextCommitted = advance(committed);
            } else {
                candidateKey = nextOwn.getKey();
                candidateValue = nextOwn.getValue().value();
                if (order == 0) {
                    nextCommitted = advance(committed);
                }
                nextOwn = advance(own);
            }
            if (candidateValue != null) {
                key = candidateKey;
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

    private static <V> Map.Entry<byte[], V> advance(Iterator<Map.Entry<byte[], V>> iterator) {
        return iterator.hasNext() ? iterator.next() : null;
    }
}
