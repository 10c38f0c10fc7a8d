package io.sprocket.server.connection;

import io.sprocket.server.protocol.Capabilities;
import io.sprocket.server.protocol.PayloadReader;
import io.sprocket.server.protocol.ProtocolErrors;
import io.sprocket.server.protocol.ProtocolException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Protocol::HandshakeResponse41 as the client sent it (and the SSLRequest prefix it shares). */
record HandshakeResponse(int capabilities, long maxPacket, int collationId, String user, byte[] authResponse,
                         String database, String plugin, Map<String, String> attributes) {

    /** Length of the SSLRequest packet: the first 32 bytes of a handshake response. */
    static final int SSL_REQUEST_LENGTH = 32;

    static int capabilitiesOf(byte[] payload) throws ProtocolException {
        if (payload.length < 4) throw new ProtocolException(ProtocolErrors.badHandshake());
        return (int) new PayloadReader(payload).int4();
    }

    /** A response too short or inconsistent to parse is MySQL's 1043 Bad handshake. */
    static HandshakeResponse parse(byte[] payload) throws ProtocolException {
        try {
            return parseFields(payload);
        } catch (ProtocolException e) {
            throw new ProtocolException(ProtocolErrors.badHandshake());
        }
    }

    private static HandshakeResponse parseFields(byte[] payload) throws ProtocolException {
        PayloadReader r = new PayloadReader(payload);
        int capabilities = (int) r.int4();
        if (!Capabilities.has(capabilities, Capabilities.PROTOCOL_41)) {
            // pre-4.1 clients (HandshakeResponse320) are not supported, as in MySQL 8.0
            throw new ProtocolException(ProtocolErrors.badHandshake());
        }
        long maxPacket = r.int4();
        int collation = r.int1();
        r.skip(23);
        String user = r.nulString();
        byte[] auth;
        if (Capabilities.has(capabilities, Capabilities.PLUGIN_AUTH_LENENC_CLIENT_DATA)) {
            auth = r.lenencBytes();
        } else if (Capabilities.has(capabilities, Capabilities.SECURE_CONNECTION)) {
            auth = r.bytes(r.int1());
        } else {
            auth = r.nulBytes();
        }
        String database = null;
        if (Capabilities.has(capabilities, Capabilities.CONNECT_WITH_DB) && r.hasRemaining()) {
            database = r.nulString();
            if (database.isEmpty()) database = null;
        }
        String plugin = null;
        if (Capabilities.has(capabilities, Capabilities.PLUGIN_AUTH) && r.hasRemaining()) plugin = r.nulString();
        Map<String, String> attributes = Map.of();
        if (Capabilities.has(capabilities, Capabilities.CONNECT_ATTRS) && r.hasRemaining()) {
            attributes = attributes(r);
        }
        return new HandshakeResponse(capabilities, maxPacket, collation, user, auth, database, plugin, attributes);
    }

    static Map<String, String> attributes(PayloadReader r) throws ProtocolException {
        long length = r.lenenc();
        if (length < 0 || length > r.remaining()) throw new ProtocolException(ProtocolErrors.malformedPacket());
        int end = r.position() + (int) length;
        Map<String, String> out = new LinkedHashMap<>();
        while (r.position() < end) {
            String key = new String(r.lenencBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String value = new String(r.lenencBytes(), java.nio.charset.StandardCharsets.UTF_8);
            out.put(key, value);
        }
        return out;
    }
}
