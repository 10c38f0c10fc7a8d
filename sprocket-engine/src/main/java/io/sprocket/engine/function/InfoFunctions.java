package io.sprocket.engine.function;

import static io.sprocket.engine.function.Coercion.str;
import static io.sprocket.engine.function.Coercion.toLong;

import io.sprocket.engine.error.ErrorCode;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Session information (DATABASE, USER, LAST_INSERT_ID...), SLEEP/BENCHMARK, user-level locks, UUIDs and
 * IP address conversion. Everything that reads session state is non-deterministic for the planner.
 */
final class InfoFunctions {
    private InfoFunctions() {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long UUID_NODE = (RANDOM.nextLong() & 0xFFFFFFFFFFFFL) | 0x010000000000L;
    private static final int UUID_CLOCK_SEQ = RANDOM.nextInt(0x4000);
    private static final AtomicLong LAST_UUID_TIME = new AtomicLong();
    /** UUID_SHORT: (server_id & 255) << 56 | startup seconds << 24, then incremented per call. */
    private static final AtomicLong UUID_SHORT = new AtomicLong((System.currentTimeMillis() / 1000) << 24);
    /** 100 ns intervals between 1582-10-15 (the UUID epoch) and 1970-01-01. */
    private static final long UUID_EPOCH_OFFSET = 0x01B21DD213814000L;

    static void register(FunctionRegistry.Builder b) {
        b.addVolatile("database", 0, 0, ResultTypeRule.STRING, (a, c) -> c.currentDatabase());
        b.alias("schema", "database");
        b.addVolatile("user", 0, 0, ResultTypeRule.STRING, (a, c) -> c.user());
        b.alias("session_user", "user");
        b.alias("system_user", "user");
        b.addVolatile("current_user", 0, 0, ResultTypeRule.STRING, (a, c) -> c.currentUser());
        b.addVolatile("current_role", 0, 0, ResultTypeRule.STRING, (a, c) -> c.currentRole());
        b.addVolatile("version", 0, 0, ResultTypeRule.STRING, (a, c) -> c.version());
        b.addVolatile("connection_id", 0, 0, ResultTypeRule.UNSIGNED_INTEGER, (a, c) -> c.connectionId());
        b.addVolatile("last_insert_id", 0, 1, ResultTypeRule.UNSIGNED_INTEGER, (a, c) -> {
            if (a.length == 0) return Coercion.unsigned(c.lastInsertId());
            long v = a[0] == null ? 0 : toLong(a[0], c);
            c.setLastInsertId(v);
            return a[0] == null ? null : Coercion.unsigned(v);
        });
        b.addVolatile("row_count", 0, 0, ResultTypeRule.INTEGER, (a, c) -> c.rowCount());
        b.addVolatile("found_rows", 0, 0, ResultTypeRule.INTEGER, (a, c) -> c.foundRows());
        // BENCHMARK re-evaluation of its expression is the executor's job; the value is always 0.
        b.addVolatile("benchmark", 2, 2, ResultTypeRule.INTEGER, (a, c) -> {
            if (a[0] == null) return null;
            if (toLong(a[0], c) < 0) {
                c.warnings().warn(ErrorCode.ER_WRONG_VALUE_FOR_TYPE, "count", str(a[0]), "benchmark");
                return null;
            }
            return 0L;
        });
        b.addVolatile("sleep", 1, 1, ResultTypeRule.INTEGER, InfoFunctions::sleep);
        b.addVolatile("uuid", 0, 0, ResultTypeRule.STRING, (a, c) -> uuid());
        b.addVolatile("uuid_short", 0, 0, ResultTypeRule.UNSIGNED_INTEGER,
                (a, c) -> Coercion.unsigned(UUID_SHORT.incrementAndGet()));
        b.addVolatile("get_lock", 2, 2, ResultTypeRule.INTEGER, (a, c) -> {
            if (a[0] == null) return null;
            double timeout = a[1] == null ? 0 : Coercion.toDouble(a[1], c);
            return c.namedLocks().acquire(str(a[0]), c.connectionId(), timeout, c);
        });
        b.addVolatile("release_lock", 1, 1, ResultTypeRule.INTEGER,
                (a, c) -> a[0] == null ? null : c.namedLocks().release(str(a[0]), c.connectionId()));
        b.addVolatile("release_all_locks", 0, 0, ResultTypeRule.INTEGER,
                (a, c) -> c.namedLocks().releaseAll(c.connectionId()));
        b.addVolatile("is_free_lock", 1, 1, ResultTypeRule.INTEGER,
                (a, c) -> a[0] == null ? null : c.namedLocks().isFree(str(a[0])) ? 1L : 0L);
        b.addVolatile("is_used_lock", 1, 1, ResultTypeRule.UNSIGNED_INTEGER,
                (a, c) -> a[0] == null ? null : c.namedLocks().holder(str(a[0])));
        InetFunctions.register(b);
    }

    /** SLEEP(n): 0 when the full time elapsed, 1 when KILL QUERY interrupted it. */
    private static Object sleep(Object[] a, FunctionContext c) {
        if (a[0] == null) {
            c.warnings().warn(ErrorCode.ER_WRONG_ARGUMENTS, "sleep.");
            return 0L;
        }
        double seconds = Coercion.toDouble(a[0], c);
        if (seconds < 0) {
            c.warnings().warn(ErrorCode.ER_WRONG_ARGUMENTS, "sleep.");
            return 0L;
        }
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (true) {
            if (c.interrupted()) return 1L;
            long left = deadline - System.nanoTime();
            if (left <= 0) return 0L;
            try {
                Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 50)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1L;
            }
        }
    }

    /** A version-1 (time-based) UUID as MySQL's UUID() produces, with a random node id. */
    static String uuid() {
        long now = System.currentTimeMillis() * 10_000 + UUID_EPOCH_OFFSET;
        long t = LAST_UUID_TIME.updateAndGet(prev -> Math.max(prev + 1, now));
        long timeLow = t & 0xFFFFFFFFL;
        long timeMid = (t >>> 32) & 0xFFFF;
        long timeHi = ((t >>> 48) & 0x0FFF) | 0x1000;
        int clock = UUID_CLOCK_SEQ | 0x8000;
        return String.format("%08x-%04x-%04x-%04x-%012x", timeLow, timeMid, timeHi, clock, UUID_NODE);
    }
}
