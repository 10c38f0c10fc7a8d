package io.sprocket.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run the listener.
 *
 * @param bindAddress      address to listen on ("127.0.0.1", "0.0.0.0", "::1", ...)
 * @param port             TCP port; 0 picks a free ephemeral port (tests), see {@link SprocketServer#port()}
 * @param dataDir          where the TLS certificate and RSA key pair are created on first start
 * @param maxConnections   max_connections: further clients get 1040 Too many connections
 * @param maxAllowedPacket max_allowed_packet: larger command payloads end the connection with 1153
 * @param connectTimeout   connect_timeout: how long the handshake may take
 * @param waitTimeout      wait_timeout: how long a connection may sit idle between commands
 * @param tls              offer TLS (CLIENT_SSL) to clients
 * @param serverVersion    the version string of the handshake
 */
public record ServerConfig(String bindAddress, int port, Path dataDir, int maxConnections, long maxAllowedPacket,
                           Duration connectTimeout, Duration waitTimeout, boolean tls, String serverVersion) {
    public static final String SERVER_VERSION = "8.0.40-sprocket";
    public static final int DEFAULT_PORT = 3306;
    public static final int DEFAULT_MAX_CONNECTIONS = 1040;
    public static final long DEFAULT_MAX_ALLOWED_PACKET = 64L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(bindAddress);
        Objects.requireNonNull(dataDir);
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(waitTimeout);
        Objects.requireNonNull(serverVersion);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    }

    /** MySQL's defaults: loopback, port 3306, 1040 connections, 64 MB packets, 10 s connect, 8 h idle, TLS on. */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, dataDir, DEFAULT_MAX_CONNECTIONS,
                DEFAULT_MAX_ALLOWED_PACKET, Duration.ofSeconds(10), Duration.ofHours(8), true, SERVER_VERSION);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bindAddress, newPort, dataDir, maxConnections, maxAllowedPacket, connectTimeout,
                waitTimeout, tls, serverVersion);
    }

    public ServerConfig withBindAddress(String address) {
        return new ServerConfig(address, port, dataDir, maxConnections, maxAllowedPacket, connectTimeout,
                waitTimeout, tls, serverVersion);
    }

    public ServerConfig withMaxConnections(int max) {
        return new ServerConfig(bindAddress, port, dataDir, max, maxAllowedPacket, connectTimeout, waitTimeout, tls,
                serverVersion);
    }

    public ServerConfig withMaxAllowedPacket(long max) {
        return new ServerConfig(bindAddress, port, dataDir, maxConnections, max, connectTimeout, waitTimeout, tls,
                serverVersion);
    }

    public ServerConfig withWaitTimeout(Duration timeout) {
        return new ServerConfig(bindAddress, port, dataDir, maxConnections, maxAllowedPacket, connectTimeout,
                timeout, tls, serverVersion);
    }

    public ServerConfig withTls(boolean enabled) {
        return new ServerConfig(bindAddress, port, dataDir, maxConnections, maxAllowedPacket, connectTimeout,
                waitTimeout, enabled, serverVersion);
    }
}
