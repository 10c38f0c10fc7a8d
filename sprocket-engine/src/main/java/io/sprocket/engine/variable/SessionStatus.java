package io.sprocket.engine.variable;

import java.util.List;
import java.util.Objects;

/**
 * One session's status counters (SHOW SESSION STATUS). Bumping a counter here also bumps the server-wide one.
 * Not thread-safe except through the global side; owned by the session's thread. Close it when the
 * connection ends so Threads_connected drops.
 */
public final class SessionStatus implements AutoCloseable {
    private final StatusVariables global;
    private final long[] counters = new long[StatusCounter.values().length];
    private String sslCipher = "";
    private String sslVersion = "";
    private boolean closed;

    SessionStatus(StatusVariables global) {
        this.global = Objects.requireNonNull(global);
    }

    public void increment(StatusCounter counter) {
        counters[counter.ordinal()]++;
        global.increment(counter);
    }

    public void add(StatusCounter counter, long amount) {
        counters[counter.ordinal()] += amount;
        global.add(counter, amount);
    }

    /** This session's count (for a server-wide-only counter, the server's). */
    public long value(StatusCounter counter) {
        return counter.sessionToo() ? counters[counter.ordinal()] : global.value(counter);
    }

    /** A statement begins: Questions/Queries are the caller's to bump; this maintains Threads_running. */
    public void statementStarted() {
        global.statementStarted();
    }

    public void statementFinished() {
        global.statementFinished();
    }

    /** The TLS cipher and protocol of this connection ('' when not encrypted). */
    public void setTls(String cipher, String version) {
        this.sslCipher = Objects.requireNonNull(cipher);
        this.sslVersion = Objects.requireNonNull(version);
    }

    public String sslCipher() {
        return sslCipher;
    }

    public String sslVersion() {
        return sslVersion;
    }

    /** SHOW [SESSION] STATUS [LIKE pattern] rows, sorted by name. */
    public List<VariableRow> show(String likePattern) {
        return global.rows(likePattern, this);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            global.connectionClosed();
        }
    }
}
