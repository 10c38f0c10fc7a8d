package io.sprocket.engine.session;

import io.sprocket.engine.security.AccountDirectory;

/** What the protocol layer needs from the engine to accept connections. */
public interface SessionFactory {
    /** Allocates the id announced in the handshake (CONNECTION_ID()). */
    long nextConnectionId();

    AccountDirectory accounts();

    /** Opens the session of an authenticated connection. */
    Session open(long connectionId, ClientInfo client);

    /** KILL [QUERY] from the protocol layer's point of view (e.g. a client that went away). */
    void kill(long connectionId, boolean queryOnly);
}
