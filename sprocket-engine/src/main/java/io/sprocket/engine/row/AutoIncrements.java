package io.sprocket.engine.row;

import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvStore;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AUTO_INCREMENT counters of one store, shared by every session. Values are handed out from memory; the durable
 * counter is moved ahead in blocks ({@link #BLOCK} values at a time), so generating a value rarely costs a synced
 * write, and it never goes backwards: after a crash the next value may skip what the lost block had left (InnoDB
 * leaves gaps too), but it never repeats one. A clean shutdown writes back the exact next value.
 */
public final class AutoIncrements {
    static final long BLOCK = 1024;
    private static final Map<KvStore, AutoIncrements> BY_STORE = new WeakHashMap<>();

    private final KvStore store;
    private final Map<Long, Counter> counters = new ConcurrentHashMap<>();

    private AutoIncrements(KvStore store) {
        this.store = store;
    }

    /** The registry of {@code store} (one per open store). */
    public static AutoIncrements of(KvStore store) {
        synchronized (BY_STORE) {
            return BY_STORE.computeIfAbsent(store, AutoIncrements::new);
        }
    }

    Counter counter(long tableId, long start) {
        return counters.computeIfAbsent(tableId, id -> new Counter(id, start));
    }

    /** Forgets a table's counter (DROP/TRUNCATE give tables new ids; this only frees memory). */
    public void forget(long tableId) {
        counters.remove(tableId);
    }

    /** Writes back every counter's exact next value (clean shutdown), so a restart leaves no gap. */
    public void checkpoint() {
        for (Counter c : counters.values()) c.checkpoint();
    }

    /** One table's counter: next value in memory, durable counter = highest value that may have been used. */
    final class Counter {
        private final byte[] key;
        private final long start;
        private long next;
        private long durable = -1;

        Counter(long tableId, long start) {
            this.key = KeyLayout.counterKey(tableId, KeyLayout.COUNTER_AUTO_INCREMENT);
            this.start = Math.max(1, start);
        }

        private void load() {
            if (durable >= 0) return;
            durable = read();
            next = Math.max(durable + 1, start);
        }

        synchronized long allocate(long n) {
            load();
            long first = next;
            next += n;
            reserve(next - 1);
            return first;
        }

        /** An explicit value was stored: later allocations go past it. */
        synchronized void observe(long value) {
            load();
            if (value >= next) {
                next = value + 1;
                reserve(value);
            }
        }

        synchronized long peekNext() {
            load();
            return next;
        }

        /** Makes sure the durable counter covers {@code used}, moving it a block ahead when it does not. */
        private void reserve(long used) {
            if (used <= durable) return;
            long target = used + BLOCK - 1;
            durable = store.raiseCounter(key, target);
        }

        synchronized void checkpoint() {
            if (durable < 0 || durable == next - 1) return;
            store.increment(key, (next - 1) - read());
            durable = next - 1;
        }

        private long read() {
            return store.readCounter(key);
        }
    }

    static long readRaw(KvReader reader, byte[] key) {
        byte[] v = reader.get(key);
        if (v == null) return 0;
        long r = 0;
        for (byte b : v) r = (r << 8) | (b & 0xFF);
        return r;
    }
}
