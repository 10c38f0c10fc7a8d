package io.sprocket.server.connection;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.PasswordHashes;
import io.sprocket.engine.session.ClientInfo;
import io.sprocket.engine.session.Session;
import io.sprocket.engine.session.SessionFactory;
import io.sprocket.engine.session.StatusFlags;
import io.sprocket.server.auth.AuthExchange;
import io.sprocket.server.auth.AuthResult;
import io.sprocket.server.auth.Authenticator;
import io.sprocket.server.protocol.Capabilities;
import io.sprocket.server.protocol.PacketChannel;
import io.sprocket.server.protocol.Packets;
import io.sprocket.server.protocol.PayloadReader;
import io.sprocket.server.protocol.PayloadWriter;
import io.sprocket.server.protocol.ProtocolErrors;
import io.sprocket.server.protocol.ProtocolException;
import io.sprocket.server.protocol.ResultWriter;
import io.sprocket.server.tls.ServerCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection, run on its own virtual thread: handshake (optional TLS upgrade, authentication), then
 * one command at a time until COM_QUIT, a broken packet, an idle timeout or KILL. Whatever goes wrong ends only
 * this connection; the client sees MySQL errors, never Java exception text.
 */
public final class ClientConnection implements Runnable, AuthExchange {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PROTOCOL_VERSION = 10;
    private static final int DEFAULT_COLLATION = 255; // utf8mb4_0900_ai_ci
    /** Largest packet accepted before authentication: a handshake response is a few hundred bytes. */
    private static final int HANDSHAKE_MAX_PACKET = 64 * 1024;

    private final long id;
    private final SessionFactory sessions;
    private final Authenticator authenticator;
    private final Supplier<ServerCertificate> tls;
    private final ConnectionRegistry registry;
    private final ConnectionSettings settings;
    private Socket socket;
    private PacketChannel channel;
    private final byte[] nonce = newNonce();
    private int capabilities;
    private boolean secure;
    private boolean authenticated;
    private String clientAddress;
    private String displayHost;
    private Session session;
    private StatementCommands statements;
    private volatile boolean aborted;

    /** @param tls null when TLS is disabled; else supplies the certificate (may block until it exists) */
    public ClientConnection(long id, Socket socket, SessionFactory sessions, Authenticator authenticator,
                            Supplier<ServerCertificate> tls, ConnectionRegistry registry,
                            ConnectionSettings settings) {
        this.id = id;
        this.socket = Objects.requireNonNull(socket);
        this.sessions = Objects.requireNonNull(sessions);
        this.authenticator = Objects.requireNonNull(authenticator);
        this.tls = tls;
        this.registry = Objects.requireNonNull(registry);
        this.settings = Objects.requireNonNull(settings);
    }

    public long id() {
        return id;
    }

    /** The listener registers the connection before starting its thread, so max_connections counts it at once. */
    @Override
    public void run() {
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(settings.connectTimeoutMs());
            channel = new PacketChannel(socket.getInputStream(), socket.getOutputStream(), HANDSHAKE_MAX_PACKET);
            InetAddress address = ((InetSocketAddress) socket.getRemoteSocketAddress()).getAddress();
            // the text account host patterns match: "::1" rather than Java's "0:0:0:0:0:0:0:1"
            clientAddress = address instanceof java.net.Inet6Address && address.isLoopbackAddress()
                    ? "::1" : address.getHostAddress();
            displayHost = address.isLoopbackAddress() ? "localhost" : clientAddress;
            if (!handshake()) return;
            channel.setMaxAllowedPacket(settings.maxAllowedPacket());
            socket.setSoTimeout(settings.waitTimeoutMs());
            commandLoop();
        } catch (ProtocolException e) {
            LOG.debug("connection {}: protocol error: {}", id, e.getMessage());
            sendQuietly(e.error());
            if (e.error().errno() == ProtocolErrors.packetTooLarge().errno()) discardRestOfInput();
        } catch (SocketTimeoutException e) {
            LOG.debug("connection {}: timed out", id);
            if (authenticated) sendQuietly(ProtocolErrors.idleTimeout());
        } catch (IOException | UncheckedIOException e) {
            if (!aborted) LOG.debug("connection {}: closed: {}", id, e.toString());
        } catch (RuntimeException | Error e) {
            LOG.error("connection {}: unexpected failure", id, e);
            sendQuietly(ProtocolErrors.internal());
        } finally {
            close();
        }
    }

    /** Closes the socket from another thread (KILL, shutdown); the connection thread then ends. */
    void abort() {
        aborted = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private void close() {
        registry.remove(this);
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException e) {
                LOG.warn("connection {}: closing the session failed", id, e);
            }
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }

    /**
     * The client may still be sending the oversized packet; closing with unread input would reset the connection
     * and could destroy the error packet before the client reads it. Half-close, then swallow the rest briefly.
     */
    private void discardRestOfInput() {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(1000);
            java.io.InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long budget = settings.maxAllowedPacket() + PacketChannel.MAX_PACKET;
            for (int n; budget > 0 && (n = in.read(buffer)) > 0; ) budget -= n;
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort (an SSLSocket cannot half-close)
        }
    }

    private void sendQuietly(SqlException error) {
        if (channel == null || aborted) return;
        try {
            Packets.error(channel, error);
            channel.flush();
        } catch (IOException ignored) {
            // the client is gone; nothing to tell it
        }
    }

    // ---- handshake ----

    private boolean handshake() throws IOException, ProtocolException {
        int offered = Capabilities.SERVER_DEFAULT | (tls != null ? Capabilities.SSL : 0);
        PayloadWriter w = channel.start().int1(PROTOCOL_VERSION).nulString(settings.serverVersion())
                .int4(id & 0xffffffffL).bytes(nonce, 0, 8).int1(0).int2(offered & 0xffff).int1(DEFAULT_COLLATION)
                .int2(StatusFlags.AUTOCOMMIT).int2(offered >>> 16).int1(nonce.length + 1).zeros(10)
                .bytes(nonce, 8, 12).int1(0).nulString(PasswordHashes.CACHING_SHA2_PLUGIN);
        channel.send(w);
        channel.flush();

        byte[] payload = channel.read();
        if (payload == null) return false;
        int clientCaps = HandshakeResponse.capabilitiesOf(payload);
        if (Capabilities.has(clientCaps, Capabilities.SSL) && tls != null
                && payload.length == HandshakeResponse.SSL_REQUEST_LENGTH) {
            upgradeToTls();
            payload = channel.read();
            if (payload == null) return false;
        }
        HandshakeResponse response = HandshakeResponse.parse(payload);
        capabilities = response.capabilities() & offered;
        // as in MySQL, a client that can send several statements can also receive several results
        if (Capabilities.has(capabilities, Capabilities.MULTI_STATEMENTS)) capabilities |= Capabilities.MULTI_RESULTS;
        boolean pluginAuth = Capabilities.has(capabilities, Capabilities.PLUGIN_AUTH);
        String clientPlugin = pluginAuth && response.plugin() != null && !response.plugin().isEmpty()
                ? response.plugin() : PasswordHashes.NATIVE_PLUGIN;
        AuthResult result = authenticator.authenticate(this, response.user(), clientAddress, displayHost,
                clientPlugin, pluginAuth, response.authResponse(), nonce);
        return switch (result) {
            case AuthResult.Denied denied -> {
                LOG.debug("connection {}: access denied for {}", id, response.user());
                Packets.error(channel, denied.error());
                channel.flush();
                yield false;
            }
            case AuthResult.Accepted accepted -> {
                if (accepted.account().passwordExpired()
                        && !Capabilities.has(capabilities, Capabilities.CAN_HANDLE_EXPIRED_PASSWORDS)) {
                    // a client that cannot run in sandbox mode is refused (disconnect_on_expired_password = ON)
                    Packets.error(channel, new SqlException(ErrorCode.ER_MUST_CHANGE_PASSWORD_LOGIN));
                    channel.flush();
                    yield false;
                }
                String database = Capabilities.has(capabilities, Capabilities.CONNECT_WITH_DB)
                        ? response.database() : null;
                if (!openSession(response.user(), accepted.account().name(), database, response.collationId())) {
                    yield false;
                }
                authenticated = true;
                Packets.ok(channel, capabilities, 0, 0, session.statusFlags(), 0, null);
                channel.flush();
                yield true;
            }
        };
    }

    private void upgradeToTls() throws IOException {
        byte[] consumed = channel.takeBuffered();
        SSLSocket ssl = tls.get().upgrade(socket, consumed);
        socket = ssl;
        socket.setSoTimeout(settings.connectTimeoutMs());
        channel.replaceStreams(ssl.getInputStream(), ssl.getOutputStream());
        secure = true;
    }

    /** Opens the engine session; on failure (e.g. 1049 unknown database) sends the error and returns false. */
    private boolean openSession(String user, AccountName account, String database, int collationId)
            throws IOException {
        ClientInfo info = new ClientInfo(new AccountName(user, displayHost), account, database,
                Capabilities.has(capabilities, Capabilities.MULTI_STATEMENTS),
                Capabilities.has(capabilities, Capabilities.MULTI_RESULTS),
                Capabilities.has(capabilities, Capabilities.FOUND_ROWS), collationId);
        Session opened = null;
        try {
            opened = sessions.open(id, info);
            // always through useDatabase, so an unknown database is 1049 whatever open() did with ClientInfo
            if (database != null) opened.useDatabase(database);
        } catch (SqlException e) {
            if (opened != null) opened.close();
            Packets.error(channel, e);
            channel.flush();
            return false;
        }
        session = opened;
        statements = new StatementCommands(channel, session, capabilities);
        return true;
    }

    @Override
    public byte[] switchPlugin(String plugin, byte[] switchNonce) throws IOException, ProtocolException {
        channel.send(channel.start().int1(Packets.EOF).nulString(plugin).bytes(switchNonce).int1(0));
        channel.flush();
        return readAuthPacket();
    }

    @Override
    public byte[] moreData(byte[] data, boolean expectReply) throws IOException, ProtocolException {
        channel.send(channel.start().int1(0x01).bytes(data));
        channel.flush();
        return expectReply ? readAuthPacket() : null;
    }

    private byte[] readAuthPacket() throws IOException, ProtocolException {
        byte[] reply = channel.read();
        if (reply == null) throw new java.io.EOFException("client left during authentication");
        return reply;
    }

    @Override
    public boolean secure() {
        return secure;
    }

    // ---- commands ----

    private void commandLoop() throws IOException, ProtocolException {
        while (!aborted) {
            channel.resetSequence();
            byte[] packet = channel.read();
            if (packet == null) return;
            if (packet.length == 0) throw new ProtocolException(ProtocolErrors.malformedPacket());
            registry.question();
            boolean keepOpen;
            try {
                keepOpen = dispatch(packet[0] & 0xff, packet);
            } catch (SqlException e) {
                Packets.error(channel, e);
                keepOpen = true;
            }
            channel.flush();
            if (!keepOpen) return;
        }
    }

    private boolean dispatch(int command, byte[] packet) throws IOException, ProtocolException {
        PayloadReader r = new PayloadReader(packet, 1);
        switch (command) {
            case Command.QUIT -> {
                return false;
            }
            case Command.QUERY -> query(r.restString());
            case Command.INIT_DB -> {
                session.useDatabase(r.restString());
                ok();
            }
            case Command.PING -> ok();
            case Command.FIELD_LIST -> fieldList(r.nulString(), r.restString());
            case Command.STATISTICS -> statistics();
            case Command.PROCESS_KILL -> {
                long target = r.int4();
                if (target == id) {
                    ok();
                    return false;
                }
                if (!registry.kill(target)) throw new SqlException(ErrorCode.ER_NO_SUCH_THREAD, target);
                ok();
            }
            case Command.RESET_CONNECTION -> {
                statements.closeAll();
                session.reset();
                ok();
            }
            case Command.CHANGE_USER -> {
                return changeUser(r);
            }
            case Command.SET_OPTION -> setOption(r.int2());
            case Command.STMT_PREPARE -> statements.prepare(r.restString());
            case Command.STMT_EXECUTE -> statements.execute(r);
            case Command.STMT_SEND_LONG_DATA -> statements.sendLongData(r);
            case Command.STMT_CLOSE -> statements.close(r);
            case Command.STMT_RESET -> statements.reset(r);
            case Command.STMT_FETCH -> statements.fetch(r);
            default -> throw new SqlException(ErrorCode.ER_UNKNOWN_COM_ERROR);
        }
        return true;
    }

    private void ok() throws IOException {
        Packets.ok(channel, capabilities, 0, 0, session.statusFlags(), session.warningCount(), null);
    }

    private void query(String sql) {
        ResultWriter writer = new ResultWriter(channel, session, capabilities, false);
        run(writer, () -> session.execute(sql, writer));
    }

    /** Runs an engine call against a writer; engine bugs become a generic error, never Java text. */
    static void run(ResultWriter writer, Runnable call) {
        try {
            call.run();
        } catch (SqlException e) {
            writer.error(e);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("engine failure while executing a command", e);
            writer.error(ProtocolErrors.internal());
        }
        writer.complete();
    }

    private void fieldList(String table, String wildcard) throws IOException {
        List<ColumnMeta> columns = session.fieldList(table, wildcard);
        for (ColumnMeta column : columns) Packets.columnDefinition(channel, column, true);
        Packets.terminator(channel, capabilities, session.statusFlags(), session.warningCount());
    }

    private void statistics() throws IOException {
        long uptime = Math.max(1, registry.uptimeSeconds());
        String text = String.format(Locale.ROOT, "Uptime: %d  Threads: %d  Questions: %d  Slow queries: 0  Opens: 0"
                        + "  Flush tables: 1  Open tables: 0  Queries per second avg: %.3f", uptime,
                registry.count(), registry.questions(), (double) registry.questions() / uptime);
        channel.send(channel.start().bytes(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private void setOption(int option) throws IOException {
        switch (option) {
            case 0 -> capabilities |= Capabilities.MULTI_STATEMENTS;
            case 1 -> capabilities &= ~Capabilities.MULTI_STATEMENTS;
            default -> throw new SqlException(ErrorCode.ER_UNKNOWN_COM_ERROR);
        }
        session.setMultiStatements(option == 0);
        Packets.terminator(channel, capabilities, session.statusFlags(), session.warningCount());
    }

    /** COM_CHANGE_USER: authenticate again (against this connection's nonce) and start a fresh session. */
    private boolean changeUser(PayloadReader r) throws IOException, ProtocolException {
        String user = r.nulString();
        byte[] auth = Capabilities.has(capabilities, Capabilities.SECURE_CONNECTION) ? r.bytes(r.int1()) : r.nulBytes();
        String database = r.nulString();
        if (database.isEmpty()) database = null;
        int collation = DEFAULT_COLLATION;
        if (r.remaining() >= 2) collation = r.int2();
        String plugin = PasswordHashes.NATIVE_PLUGIN;
        if (Capabilities.has(capabilities, Capabilities.PLUGIN_AUTH) && r.hasRemaining()) {
            String named = r.nulString();
            if (!named.isEmpty()) plugin = named;
        }
        AuthResult result = authenticator.authenticate(this, user, clientAddress, displayHost, plugin,
                Capabilities.has(capabilities, Capabilities.PLUGIN_AUTH), auth, nonce);
        if (result instanceof AuthResult.Denied denied) {
            Packets.error(channel, denied.error());
            return false;
        }
        AuthResult.Accepted accepted = (AuthResult.Accepted) result;
        statements.closeAll();
        session.close();
        session = null;
        if (!openSession(user, accepted.account().name(), database, collation)) return false;
        ok();
        return true;
    }

    private static byte[] newNonce() {
        byte[] bytes = new byte[20];
        for (int i = 0; i < bytes.length; i++) {
            // printable ASCII without '$' keeps old clients that treat the scramble as a C string happy
            int c;
            do {
                c = 0x21 + RANDOM.nextInt(0x7e - 0x21 + 1);
            } while (c == '$');
            bytes[i] = (byte) c;
        }
        return bytes;
    }
}
