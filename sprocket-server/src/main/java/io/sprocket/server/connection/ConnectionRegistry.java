package io.sprocket.server.connection;

import io.sprocket.engine.session.SessionFactory;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The live connections of one server: for KILL, max_connections, COM_STATISTICS and shutdown. */
public final class ConnectionRegistry {
    private final Map<Long, ClientConnection> connections = new ConcurrentHashMap<>();
    private final SessionFactory sessions;
    private final AtomicLong questions = new AtomicLong();
    private final long startedAtNanos = System.nanoTime();

    public ConnectionRegistry(SessionFactory sessions) {
        this.sessions = Objects.requireNonNull(sessions);
    }

    public void add(ClientConnection connection) {
        connections.put(connection.id(), connection);
    }

    public void remove(ClientConnection connection) {
        connections.remove(connection.id(), connection);
    }

    public int count() {
        return connections.size();
    }

    void question() {
        questions.incrementAndGet();
    }

    long questions() {
        return questions.get();
    }

    long uptimeSeconds() {
        return (System.nanoTime() - startedAtNanos) / 1_000_000_000L;
    }

    /** KILL CONNECTION: cancels the engine work and closes the socket. False when no such connection. */
    public boolean kill(long connectionId) {
        ClientConnection target = connections.get(connectionId);
        if (target == null) return false;
        sessions.kill(connectionId, false);
        target.abort();
        return true;
    }

    /**
     * Closes every connection (server shutdown) and waits up to {@code waitMillis} for their threads to close
     * their sessions, so the engine is not closed under a session still rolling back.
     */
    public void closeAll(long waitMillis) {
        for (ClientConnection connection : connections.values()) connection.abort();
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        while (!connections.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
