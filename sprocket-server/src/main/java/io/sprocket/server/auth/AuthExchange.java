package io.sprocket.server.auth;

import io.sprocket.server.protocol.ProtocolException;
import java.io.IOException;

/** The packets an authentication plugin exchanges with the client, provided by the connection. */
public interface AuthExchange {
    /** AuthSwitchRequest (0xFE, plugin name, nonce) and the client's answer. */
    byte[] switchPlugin(String plugin, byte[] nonce) throws IOException, ProtocolException;

    /** AuthMoreData (0x01 + data) and, when {@code expectReply}, the client's next packet (else null). */
    byte[] moreData(byte[] data, boolean expectReply) throws IOException, ProtocolException;

    /** True when the connection is encrypted (cleartext passwords may be sent). */
    boolean secure();
}
