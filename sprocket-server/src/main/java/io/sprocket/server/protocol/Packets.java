package io.sprocket.server.protocol;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The generic response packets: OK, ERR, EOF and the column definition. */
public final class Packets {
    private Packets() {}

    public static final int OK = 0x00;
    public static final int EOF = 0xfe;
    public static final int ERR = 0xff;

    /**
     * OK packet. The info string is length-encoded, as MySQL and MariaDB servers write it (the protocol docs say
     * "rest of packet" without CLIENT_SESSION_TRACK, but clients such as Connector/J read a length prefix).
     */
    public static void ok(PacketChannel channel, int capabilities, long affectedRows, long lastInsertId, int status,
                          int warnings, String info) throws IOException {
        PayloadWriter w = channel.start().int1(OK).lenenc(affectedRows).lenenc(lastInsertId)
                .int2(status).int2(Math.min(warnings, 0xffff));
        if (info != null && !info.isEmpty()) {
            w.lenencBytes(info.getBytes(StandardCharsets.UTF_8));
        }
        channel.send(w);
    }


    public static void eof(PacketChannel channel, int status, int warnings) throws IOException {
        channel.send(channel.start().int1(EOF).int2(Math.min(warnings, 0xffff)).int2(status));
    }

    /** Ends a column list or a result set: an EOF packet, or an 0xFE-OK packet under CLIENT_DEPRECATE_EOF. */
    public static void terminator(PacketChannel channel, int capabilities, int status, int warnings)
            throws IOException {
        if (Capabilities.has(capabilities, Capabilities.DEPRECATE_EOF)) {
            // the OK packet with an 0xFE header: no info string
            channel.send(channel.start().int1(EOF).lenenc(0).lenenc(0).int2(status).int2(Math.min(warnings, 0xffff)));
        } else {
            eof(channel, status, warnings);
        }
    }

    public static void error(PacketChannel channel, SqlException error) throws IOException {
        PayloadWriter w = channel.start().int1(ERR).int2(error.errno()).int1('#');
        byte[] state = error.sqlState().getBytes(StandardCharsets.US_ASCII);
        w.bytes(state, 0, Math.min(5, state.length));
        for (int i = state.length; i < 5; i++) w.int1('0');
        w.bytes(error.getMessage().getBytes(StandardCharsets.UTF_8));
        channel.send(w);
    }

    /** Protocol::ColumnDefinition41; {@code fieldListDefault} adds COM_FIELD_LIST's default-value field. */
    public static void columnDefinition(PacketChannel channel, ColumnMeta column, boolean fieldListDefault)
            throws IOException {
        PayloadWriter w = channel.start().lenencString("def").lenencString(column.schema())
                .lenencString(column.table()).lenencString(column.orgTable()).lenencString(column.name())
                .lenencString(column.orgName()).lenenc(0x0c).int2(column.charsetId())
                .int4(Math.min(Math.max(column.length(), 0), 0xffffffffL)).int1(column.type())
                .int2(column.flags()).int1(column.decimals()).int2(0);
        if (fieldListDefault) w.int1(0xfb);
        channel.send(w);
    }
}
