package io.sprocket.server.connection;

import java.util.Objects;

/**
 * Per-connection limits and identity of the server.
 *
 * @param serverVersion      what the handshake announces (clients parse the leading x.y.z)
 * @param maxAllowedPacket   largest command payload accepted (max_allowed_packet); 1153 beyond
 * @param connectTimeoutMs   how long the handshake may take (connect_timeout)
 * @param waitTimeoutMs      how long a connection may sit idle between commands (wait_timeout)
 */
public record ConnectionSettings(String serverVersion, long maxAllowedPacket, int connectTimeoutMs,
                                 int waitTimeoutMs) {
    public ConnectionSettings {
        Objects.requireNonNull(serverVersion);
    }
}
