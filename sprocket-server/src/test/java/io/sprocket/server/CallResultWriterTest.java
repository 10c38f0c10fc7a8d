package io.sprocket.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.session.Session;
import io.sprocket.engine.session.StatusFlags;
import io.sprocket.server.protocol.Capabilities;
import io.sprocket.server.protocol.PacketChannel;
import io.sprocket.server.protocol.ResultWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packets ResultWriter makes of a CALL's results, engine aside: the procedure's result set, the OUT-parameter
 * row of a prepared CALL and the final OK, in both EOF styles, and what is left out for older clients.
 */
class CallResultWriterTest {
    private static final int BASE = Capabilities.PROTOCOL_41 | Capabilities.MULTI_RESULTS;
    private static final int MORE_AND_OUT = StatusFlags.MORE_RESULTS_EXISTS | StatusFlags.PS_OUT_PARAMS;
    private static final List<ColumnMeta> OUT_COLUMNS = List.of(
            new ColumnMeta("db", "p", "p", "b", "b", ColumnType.UTF8MB4_0900_AI_CI, 80, ColumnType.VAR_STRING, 0, 0),
            new ColumnMeta("db", "p", "p", "c", "c", ColumnType.BINARY_COLLATION_ID, 11, ColumnType.LONG, 0, 0));
    private static final List<ColumnMeta> ONE_INT = List.of(
            ColumnMeta.expression("n", ColumnType.BINARY_COLLATION_ID, 11, ColumnType.LONG, 0, 0));

    /** The session's own flags: autocommit, plus flags that must not leak onto these packets. */
    private static final int SESSION_FLAGS = StatusFlags.AUTOCOMMIT | StatusFlags.PS_OUT_PARAMS
            | StatusFlags.MORE_RESULTS_EXISTS;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PacketChannel channel;

    private ResultWriter writer(int capabilities, boolean binary) {
        Session session = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(),
                new Class<?>[] {Session.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "statusFlags" -> SESSION_FLAGS;
                    case "warningCount" -> 0;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        channel = new PacketChannel(new ByteArrayInputStream(new byte[0]), out, 1 << 20);
        return new ResultWriter(channel, session, capabilities, binary);
    }

    /** A prepared CALL with a result set and OUT parameters, for a client using old-style EOF packets. */
    @Test
    void outParameterRowBetweenResultSetsAndTheFinalOk() throws Exception {
        ResultWriter w = writer(BASE | Capabilities.PS_MULTI_RESULTS, true);
        assertThat(w.multiResults()).isTrue();
        w.resultSet(ONE_INT, RowStream.of(List.<Object[]>of(new Object[] {7L})), true);
        w.outParameters(OUT_COLUMNS, new Object[] {"v5", null});
        w.ok(new OkResult(0, 0, null), false);
        w.complete();
        List<byte[]> packets = packets();
        assertThat(packets).hasSize(13);
        // the procedure's result set: count, column, EOF, binary row, EOF, all announcing more results
        assertThat(packets.get(0)).containsExactly(1);
        assertThat(eofStatus(packets.get(2))).isEqualTo(StatusFlags.AUTOCOMMIT | StatusFlags.MORE_RESULTS_EXISTS);
        assertThat(packets.get(3)).containsExactly(0, 0, 7, 0, 0, 0);
        assertThat(eofStatus(packets.get(4))).isEqualTo(StatusFlags.AUTOCOMMIT | StatusFlags.MORE_RESULTS_EXISTS);
        // the OUT row: both EOF packets carry SERVER_PS_OUT_PARAMS; c is NULL (bit 1 + 2 of the bitmap)
        assertThat(packets.get(5)).containsExactly(2);
        assertThat(eofStatus(packets.get(8))).isEqualTo(StatusFlags.AUTOCOMMIT | MORE_AND_OUT);
        assertThat(packets.get(9)).containsExactly(0, 0b1000, 2, 'v', '5');
        assertThat(eofStatus(packets.get(10))).isEqualTo(StatusFlags.AUTOCOMMIT | MORE_AND_OUT);
        // the final OK: nothing more, no PS_OUT_PARAMS
        assertThat(packets.get(11)).containsExactly(0, 0, 0, StatusFlags.AUTOCOMMIT, 0, 0, 0);
        assertThat(packets.get(12)).isNull();
    }

    @Test
    void outParameterRowWithDeprecateEof() throws Exception {
        ResultWriter w = writer(BASE | Capabilities.PS_MULTI_RESULTS | Capabilities.DEPRECATE_EOF, true);
        w.outParameters(OUT_COLUMNS, new Object[] {"x", 15L});
        w.ok(new OkResult(3, 0, null), false);
        List<byte[]> packets = packets();
        assertThat(packets).hasSize(7);
        assertThat(packets.get(0)).containsExactly(2);
        assertThat(packets.get(3)).containsExactly(0, 0, 1, 'x', 15, 0, 0, 0);
        // 0xFE-OK terminator: affected rows 0, insert id 0, status, warnings
        assertThat(packets.get(4)).containsExactly(0xfe, 0, 0, (StatusFlags.AUTOCOMMIT | MORE_AND_OUT) & 0xff,
                (StatusFlags.AUTOCOMMIT | MORE_AND_OUT) >> 8, 0, 0);
        assertThat(packets.get(5)).containsExactly(0, 3, 0, StatusFlags.AUTOCOMMIT, 0, 0, 0);
    }

    /** CLIENT_PS_MULTI_RESULTS absent: the row is left out, as MySQL and MariaDB do; the OK still ends it. */
    @Test
    void noOutParameterRowWithoutPsMultiResults() throws Exception {
        ResultWriter w = writer(BASE | Capabilities.DEPRECATE_EOF, true);
        w.outParameters(OUT_COLUMNS, new Object[] {"x", 15L});
        w.ok(new OkResult(0, 0, null), false);
        List<byte[]> packets = packets();
        assertThat(packets).hasSize(2);
        assertThat(packets.get(0)).containsExactly(0, 0, 0, StatusFlags.AUTOCOMMIT, 0, 0, 0);
    }

    @Test
    void multiResultsFollowsTheClientCapability() {
        assertThat(writer(Capabilities.PROTOCOL_41, false).multiResults()).isFalse();
        assertThat(writer(Capabilities.PROTOCOL_41, true).multiResults()).isFalse();
        assertThat(writer(Capabilities.PROTOCOL_41 | Capabilities.MULTI_RESULTS, false).multiResults()).isTrue();
    }

    /** A text-protocol writer has no OUT-parameter form: the values are an ordinary text result set. */
    @Test
    void textWriterSendsOutValuesAsAnOrdinaryResultSet() throws Exception {
        ResultWriter w = writer(BASE | Capabilities.PS_MULTI_RESULTS | Capabilities.DEPRECATE_EOF, false);
        w.outParameters(OUT_COLUMNS, new Object[] {"x", 15L});
        w.ok(new OkResult(0, 0, null), false);
        List<byte[]> packets = packets();
        assertThat(packets).hasSize(7);
        assertThat(packets.get(3)).containsExactly(1, 'x', 2, '1', '5');
        assertThat(packets.get(4)).containsExactly(0xfe, 0, 0, StatusFlags.AUTOCOMMIT | StatusFlags.MORE_RESULTS_EXISTS,
                0, 0, 0);
    }

    private static int eofStatus(byte[] eof) {
        assertThat(eof[0] & 0xff).isEqualTo(0xfe);
        return (eof[3] & 0xff) | (eof[4] & 0xff) << 8;
    }

    /** The payloads written, in order (sequence ids checked), then a null marking the end. */
    private List<byte[]> packets() throws java.io.IOException {
        channel.flush();
        byte[] bytes = out.toByteArray();
        List<byte[]> packets = new ArrayList<>();
        int pos = 0;
        int sequence = 0;
        while (pos < bytes.length) {
            int length = (bytes[pos] & 0xff) | (bytes[pos + 1] & 0xff) << 8 | (bytes[pos + 2] & 0xff) << 16;
            assertThat(bytes[pos + 3] & 0xff).isEqualTo(sequence++ & 0xff);
            packets.add(Arrays.copyOfRange(bytes, pos + 4, pos + 4 + length));
            pos += 4 + length;
        }
        packets.add(null);
        return packets;
    }
}
