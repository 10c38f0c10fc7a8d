package io.sprocket.server;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.session.SessionFactory;
import io.sprocket.server.auth.Authenticator;
import io.sprocket.server.auth.RsaKeys;
import io.sprocket.server.auth.Sha2Cache;
import io.sprocket.server.connection.ClientConnection;
import io.sprocket.server.connection.ConnectionRegistry;
import io.sprocket.server.connection.ConnectionSettings;
import io.sprocket.server.protocol.PacketChannel;
import io.sprocket.server.protocol.Packets;
import io.sprocket.server.tls.ServerCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MySQL protocol listener: accepts TCP connections and runs each on its own virtual thread. Start one with
 * {@link #start}; {@link #close} stops accepting, closes every connection and returns (the engine is the
 * caller's to close). The TLS certificate and RSA key pair are loaded or created in the background at start,
 * so the first connection is accepted at once; only a TLS or RSA exchange waits for them.
 */
public final class SprocketServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SprocketServer.class);

    private final ServerConfig config;
    private final SessionFactory sessions;
    private final ServerSocket listener;
    private final ConnectionRegistry registry;
    private final Authenticator authenticator;
    private final Supplier<ServerCertificate> tls;
    private final ConnectionSettings settings;
    private final Thread acceptor;
    /** Key and certificate generation, which write into the data directory: close() waits for it. */
    private final ExecutorService background;
    private volatile boolean closed;

    private SprocketServer(ServerConfig config, SessionFactory sessions, ServerSocket listener) {
        this.config = config;
        this.sessions = sessions;
        this.listener = listener;
        this.registry = new ConnectionRegistry(sessions);
        // platform threads: CPU-bound key generation on virtual threads would hold the few carrier threads
        // and stall every connection until it finishes
        this.background = Executors.newThreadPerTaskExecutor(
                Thread.ofPlatform().name("sprocket-keys-", 0).daemon(true).priority(Thread.MIN_PRIORITY).factory());
        CompletableFuture<RsaKeys> rsa = CompletableFuture.supplyAsync(() -> {
            try {
                return RsaKeys.loadOrCreate(config.dataDir());
            } catch (IOException | GeneralSecurityException e) {
                LOG.warn("cannot use RSA keys in {} ({}); using an in-memory key pair", config.dataDir(), e.toString());
                try {
                    return RsaKeys.ephemeral();
                } catch (GeneralSecurityException inner) {
                    throw new IllegalStateException(inner);
                }
            }
        }, background);
        this.authenticator = new Authenticator(sessions.accounts(), rsa::join, new Sha2Cache());
        if (config.tls()) {
            CompletableFuture<ServerCertificate> certificate = CompletableFuture.supplyAsync(() -> {
                try {
                    ServerCertificate loaded = ServerCertificate.loadOrCreate(config.dataDir());
                    warmUp(loaded);
                    return loaded;
                } catch (IOException | GeneralSecurityException e) {
                    LOG.error("TLS unavailable: cannot create or load the server certificate in {}: {}",
                            config.dataDir(), e.toString());
                    throw new IllegalStateException(e);
                }
            }, background);
            this.tls = certificate::join;
        } else {
            this.tls = null;
        }
        background.shutdown();
        this.settings = new ConnectionSettings(config.serverVersion(), config.maxAllowedPacket(),
                (int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()),
                (int) Math.min(Integer.MAX_VALUE, config.waitTimeout().toMillis()));
        this.acceptor = Thread.ofPlatform().name("sprocket-listener").daemon(true).unstarted(this::acceptLoop);
    }

    private static void warmUp(ServerCertificate certificate) {
        try {
            certificate.warmUp();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.debug("TLS warm-up failed (harmless): {}", e.toString());
        }
    }

    /** Binds the listener (port 0: an ephemeral port) and starts accepting connections. */
    public static SprocketServer start(ServerConfig config, SessionFactory sessions) throws IOException {
        Objects.requireNonNull(config);
        Objects.requireNonNull(sessions);
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()), 512);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        SprocketServer server = new SprocketServer(config, sessions, socket);
        server.acceptor.start();
        return server;
    }

    /** The port actually listened on (the ephemeral one when configured with port 0). */
    public int port() {
        return listener.getLocalPort();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    public ServerConfig config() {
        return config;
    }

    /** Connections currently open (authenticated or still in the handshake). */
    public int connectionCount() {
        return registry.count();
    }

    /** KILL CONNECTION from outside the protocol (e.g. the engine's KILL statement). */
    public boolean kill(long connectionId) {
        return registry.kill(connectionId);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (SocketException e) {
                if (!closed) LOG.error("listener failed", e);
                return;
            } catch (IOException e) {
                LOG.warn("accept failed: {}", e.toString());
                continue;
            }
            try {
                if (registry.count() >= config.maxConnections()) {
                    Thread.ofVirtual().start(() -> refuse(socket));
                    continue;
                }
                long id = sessions.nextConnectionId();
                ClientConnection connection = new ClientConnection(id, socket, sessions, authenticator, tls,
                        registry, settings);
                registry.add(connection);
                try {
                    Thread.ofVirtual().name("connection-" + id).start(connection);
                } catch (RuntimeException | OutOfMemoryError e) {
                    registry.remove(connection);
                    throw e;
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.error("cannot start a connection", e);
                closeQuietly(socket);
            }
        }
    }

    /** Too many connections: MySQL answers with 1040 in place of the handshake. */
    private static void refuse(Socket socket) {
        try (socket) {
            PacketChannel channel = new PacketChannel(socket.getInputStream(), socket.getOutputStream(), 1024);
            Packets.error(channel, new SqlException(ErrorCode.ER_CON_COUNT_ERROR));
            channel.flush();
        } catch (IOException | UncheckedIOException ignored) {
            // the client went away first
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    /** Stops accepting, closes all connections and waits (up to 3 s) for their sessions to close; idempotent. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.warn("closing the listener: {}", e.toString());
        }
        registry.closeAll(3000);
        try {
            acceptor.join(2000);
            // a caller may delete the data directory next: let key generation finish writing into it first
            if (!background.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("key generation still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
