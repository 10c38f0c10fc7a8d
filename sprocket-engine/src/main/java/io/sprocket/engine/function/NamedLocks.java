package io.sprocket.engine.function;

import java.util.HashMap;
import java.util.Map;

/**
 * The server-wide table of user-level locks behind GET_LOCK / RELEASE_LOCK / IS_FREE_LOCK / IS_USED_LOCK.
 * As in MySQL 8.0 a session may take the same lock several times and must release it as often.
 */
public final class NamedLocks {
    private record Holder(long connectionId, int count) {}

    private final Map<String, Holder> locks = new HashMap<>();

    private static String key(String name) {
        // MySQL compares lock names case-insensitively.
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /** GET_LOCK: 1 when taken, 0 on timeout; a negative timeout waits forever. Stops waiting when interrupted. */
    public synchronized long acquire(String name, long connectionId, double timeoutSeconds, FunctionContext ctx) {
        String k = key(name);
        long deadline = timeoutSeconds < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeoutSeconds * 1e9);
        while (true) {
            Holder h = locks.get(k);
            if (h == null || h.connectionId == connectionId) {
                locks.put(k, new Holder(connectionId, h == null ? 1 : h.count + 1));
                return 1;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || (ctx != null && ctx.interrupted())) return 0;
            try {
                // Wake up regularly to notice KILL QUERY.
                wait(Math.max(1, Math.min(left / 1_000_000, 100)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }

    /** RELEASE_LOCK: 1 released, 0 held by someone else, null when no such lock exists. */
    public synchronized Long release(String name, long connectionId) {
        String k = key(name);
        Holder h = locks.get(k);
        if (h == null) return null;
        if (h.connectionId != connectionId) return 0L;
        if (h.count > 1) {
            locks.put(k, new Holder(connectionId, h.count - 1));
        } else {
            locks.remove(k);
            notifyAll();
        }
        return 1L;
    }

    /** RELEASE_ALL_LOCKS: how many holds the connection released (also called when a session ends). */
    public synchronized long releaseAll(long connectionId) {
        long released = 0;
        var it = locks.values().iterator();
        while (it.hasNext()) {
            Holder h = it.next();
            if (h.connectionId == connectionId) {
                released += h.count;
                it.remove();
            }
        }
        if (released > 0) notifyAll();
        return released;
    }

    public synchronized boolean isFree(String name) {
        return !locks.containsKey(key(name));
    }

    /** IS_USED_LOCK: the holder's connection id, or null when free. */
    public synchronized Long holder(String name) {
        Holder h = locks.get(key(name));
        return h == null ? null : h.connectionId;
    }
}
