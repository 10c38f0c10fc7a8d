package io.sprocket.engine.variable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The server's status variables (SHOW GLOBAL STATUS): {@link StatusCounter}s kept in LongAdders so any thread
 * can bump them without contention, connection and thread gauges, Uptime, and values other components
 * publish with {@link #register}. One instance per server; each session gets a {@link SessionStatus}.
 */
public final class StatusVariables {
    private final LongAdder[] counters = new LongAdder[StatusCounter.values().length];
    private final AtomicLong threadsConnected = new AtomicLong();
    private final AtomicLong threadsRunning = new AtomicLong();
    private final AtomicLong maxUsedConnections = new AtomicLong();
    private final Map<String, Supplier<String>> published = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final long startNanos;
    private volatile long flushNanos;

    public StatusVariables() {
        this(System::nanoTime);
    }

    /** With an explicit clock (nanoseconds, as System.nanoTime) for Uptime; tests pass a fake. */
    public StatusVariables(LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime);
        this.startNanos = nanoTime.getAsLong();
        this.flushNanos = startNanos;
        for (int i = 0; i < counters.length; i++) counters[i] = new LongAdder();
        register("Innodb_page_size", () -> "16384");
        register("Innodb_buffer_pool_pages_total", () -> "8192");
    }

    public void increment(StatusCounter counter) {
        counters[counter.ordinal()].increment();
    }

    public void add(StatusCounter counter, long amount) {
        counters[counter.ordinal()].add(amount);
    }

    public long value(StatusCounter counter) {
        return counters[counter.ordinal()].sum();
    }

    /**
     * Publishes a value computed on demand (e.g. Open_tables from the table cache). A name already known
     * (a counter or gauge) is not allowed.
     */
    public void register(String name, Supplier<String> value) {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
        if (BUILT_IN.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(name + " is maintained by StatusVariables itself");
        }
        published.put(name, value);
    }

    private static final Set<String> BUILT_IN;

    static {
        Set<String> names = new HashSet<>(Set.of("max_used_connections",
                "threads_cached", "threads_connected", "threads_running", "uptime", "uptime_since_flush_status",
                "ssl_cipher", "ssl_version"));
        for (StatusCounter counter : StatusCounter.values()) {
            names.add(counter.statusName().toLowerCase(Locale.ROOT));
        }
        BUILT_IN = Set.copyOf(names);
    }

    /** A connection was accepted and authenticated: Connections, Threads_connected, Max_used_connections. */
    public SessionStatus connectionOpened() {
        increment(StatusCounter.CONNECTIONS);
        increment(StatusCounter.THREADS_CREATED);
        long now = threadsConnected.incrementAndGet();
        maxUsedConnections.accumulateAndGet(now, Math::max);
        return new SessionStatus(this);
    }

    void connectionClosed() {
        threadsConnected.decrementAndGet();
    }

    void statementStarted() {
        threadsRunning.incrementAndGet();
    }

    void statementFinished() {
        threadsRunning.decrementAndGet();
    }

    public long threadsConnected() {
        return threadsConnected.get();
    }

    public long threadsRunning() {
        return threadsRunning.get();
    }

    /** Seconds since the server started. */
    public long uptime() {
        return (nanoTime.getAsLong() - startNanos) / 1_000_000_000L;
    }

    /** FLUSH STATUS: restarts Uptime_since_flush_status. (MySQL also folds session counters; not yet.) */
    public void flush() {
        flushNanos = nanoTime.getAsLong();
    }

    /** SHOW GLOBAL STATUS [LIKE pattern] rows, sorted by name. */
    public List<VariableRow> show(String likePattern) {
        return rows(likePattern, null);
    }

    List<VariableRow> rows(String likePattern, SessionStatus session) {
        List<VariableRow> rows = new ArrayList<>();
        for (StatusCounter counter : StatusCounter.values()) {
            long value = session != null && counter.sessionToo() ? session.value(counter) : value(counter);
            rows.add(new VariableRow(counter.statusName(), Long.toString(value)));
        }
        rows.add(new VariableRow("Max_used_connections", Long.toString(maxUsedConnections.get())));
        rows.add(new VariableRow("Threads_cached", "0"));
        rows.add(new VariableRow("Threads_connected", Long.toString(threadsConnected.get())));
        rows.add(new VariableRow("Threads_running", Long.toString(threadsRunning.get())));
        rows.add(new VariableRow("Uptime", Long.toString(uptime())));
        rows.add(new VariableRow("Uptime_since_flush_status",
                Long.toString((nanoTime.getAsLong() - flushNanos) / 1_000_000_000L)));
        rows.add(new VariableRow("Ssl_cipher", session == null ? "" : session.sslCipher()));
        rows.add(new VariableRow("Ssl_version", session == null ? "" : session.sslVersion()));
        published.forEach((name, value) -> rows.add(new VariableRow(name, String.valueOf(value.get()))));
        LikePattern pattern = likePattern == null ? null : LikePattern.of(likePattern);
        return rows.stream()
                .filter(row -> pattern == null || pattern.matches(row.name()))
                .sorted(Comparator.comparing(row -> row.name().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
