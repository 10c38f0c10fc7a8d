package io.sprocket.server.protocol;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;

/**
 * Errors only the protocol layer raises that the shared catalog does not hold (yet); errno, SQLSTATE and text as
 * in MySQL 8.0's error reference. Kept here so the engine's catalog is not edited concurrently.
 */
public final class ProtocolErrors {
    private ProtocolErrors() {}

    public static SqlException malformedPacket() {
        return new SqlException(1835, "HY000", "Malformed communication packet.");
    }

    public static SqlException packetsOutOfOrder() {
        return new SqlException(1156, "08S01", "Got packets out of order");
    }

    public static SqlException readError() {
        return new SqlException(ErrorCode.ER_NET_READ_ERROR);
    }

    public static SqlException packetTooLarge() {
        return new SqlException(ErrorCode.ER_NET_PACKET_TOO_LARGE);
    }

    public static SqlException badHandshake() {
        return new SqlException(ErrorCode.ER_HANDSHAKE_ERROR);
    }

    public static SqlException accountLocked(String user, String host) {
        return new SqlException(3118, "HY000", "Access denied for user '" + user + "'@'" + host
                + "'. Account is locked.");
    }

    public static SqlException noOpenCursor(long statementId) {
        return new SqlException(1421, "HY000", "The statement (" + statementId + ") has no open cursor.");
    }

    public static SqlException unknownStatement(long statementId, String command) {
        String id = Long.toString(statementId);
        return new SqlException(ErrorCode.ER_UNKNOWN_STMT_HANDLER, id.length(), id, command);
    }

    public static SqlException idleTimeout() {
        return new SqlException(4031, "HY000", "The client was disconnected by the server because of inactivity. "
                + "See wait_timeout and interactive_timeout for configuring this behavior.");
    }

    /** What a client sees for a server bug: never the Java exception's text. */
    public static SqlException internal() {
        return new SqlException(ErrorCode.ER_INTERNAL_ERROR, "unexpected server error; see the server log");
    }
}
