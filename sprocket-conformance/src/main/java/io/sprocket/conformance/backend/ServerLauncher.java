package io.sprocket.conformance.backend;

import java.nio.file.Path;

/**
 * Starts a Sprocket server for the wire target. Kept as a small interface of our own so the wire target does
 * not depend on how sprocket-server spells its start API.
 */
public interface ServerLauncher {
    /** Starts a server on an ephemeral port, storing data under {@code dataDir}. */
    RunningServer start(Path dataDir) throws Exception;

    /** A started server. */
    interface RunningServer extends AutoCloseable {
        int port();

        @Override
        void close();
    }
}
