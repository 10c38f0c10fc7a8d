package io.sprocket.server;

import static io.sprocket.server.RawClient.errno;
import static io.sprocket.server.RawClient.errorMessage;
import static io.sprocket.server.RawClient.sqlState;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * CALL at the packet level, for what the drivers hide: the status flags around the OUT-parameter result set of a
 * prepared CALL (with and without CLIENT_DEPRECATE_EOF), what a client without CLIENT_PS_MULTI_RESULTS or
 * CLIENT_MULTI_RESULTS gets, and the binary rows of a prepared CALL's own result sets.
 */
class CallProtocolTest extends RoutineServerTest {
    private static final int MULTI_STATEMENTS = 1 << 16;
    private static final int MULTI_RESULTS = 1 << 17;
    private static final int PS_MULTI_RESULTS = 1 << 18;
    private static final int DEPRECATE_EOF = 1 << 24;
    /** LONG_PASSWORD, CONNECT_WITH_DB, PROTOCOL_41, SECURE_CONNECTION, PLUGIN_AUTH, PLUGIN_AUTH_LENENC_CLIENT_DATA. */
    private static final int BASE = 1 | 8 | 512 | 0x8000 | (1 << 19) | (1 << 21);

    private static final int MORE_RESULTS_EXISTS = 0x0008;
    private static final int PS_OUT_PARAMS = 0x1000;

    @Test
    void clientWithoutMultiResultsGets1312ForAResultSet() throws Exception {
        try (RawClient c = login(BASE | PS_MULTI_RESULTS | DEPRECATE_EOF)) {
            for (String call : new String[] {"CALL p_one(1)", "CALL p_multi()"}) {
                byte[] err = query(c, call);
                assertThat(errno(err)).isEqualTo(1312);
                assertThat(sqlState(err)).isEqualTo("0A000");
                String name = call.substring(5, call.indexOf('('));
                assertThat(errorMessage(err))
                        .isEqualTo("PROCEDURE callwire." + name + " can't return a result set in the given context");
            }
            // a procedure without result sets is fine, and so is its OUT parameter through a user variable
            byte[] ok = query(c, "CALL p_io(1, @b, @c)");
            assertThat(ok[0]).isEqualTo((byte) 0);
            assertThat(status(ok, false) & MORE_RESULTS_EXISTS).isZero();
            assertThat(query(c, "SELECT @b")[0]).isEqualTo((byte) 1);
            c.read(); // column definition
            assertThat(c.read()).isEqualTo(new byte[] {2, 'v', '1'});
            assertThat(c.read()[0] & 0xff).isEqualTo(0xfe);
            // the same holds for a prepared CALL
            long id = prepare(c, "CALL p_one(?)", 1, false);
            byte[] err = execute(c, id, 0, 3L);
            assertThat(errno(err)).isEqualTo(1312);
        }
    }

    /** The check is made before the procedure runs: its INSERT must not happen (MySQL and MariaDB alike). */
    @Test
    void resultSetProcedureIsRefusedBeforeItRuns() throws Exception {
        try (Connection jdbc = connect(Driver.MYSQL, ""); Statement s = jdbc.createStatement()) {
            s.execute("CREATE TABLE refused (id INT)");
            s.execute("CREATE PROCEDURE p_write_then_select() BEGIN INSERT INTO refused VALUES (1); SELECT 1; END");
            try (RawClient c = login(BASE | PS_MULTI_RESULTS | DEPRECATE_EOF)) {
                assertThat(errno(query(c, "CALL p_write_then_select()"))).isEqualTo(1312);
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM refused")) {
                assertThat(rows(rs)).containsExactly("0");
            }
        }
    }

    @Test
    void outParametersOfAPreparedCallWithEofPackets() throws Exception {
        try (RawClient c = login(BASE | MULTI_RESULTS | PS_MULTI_RESULTS)) {
            long id = prepare(c, "CALL p_io(?, ?, ?)", 3, true);
            // a = 5, b = NULL (OUT: the value is not used), c = 10
            assertThat(execute(c, id, 0b010, 5L, 0L, 10L)).isEqualTo(new byte[] {2});
            assertThat(columnName(c.read())).isEqualTo("b");
            assertThat(columnName(c.read())).isEqualTo("c");
            assertOutParameterFlags(c.read(), true); // the EOF after the column definitions
            // binary row: header, NULL bitmap (offset 2), b = 'v5' (string), c = 15 (INT)
            assertThat(c.read()).isEqualTo(new byte[] {0, 0, 2, 'v', '5', 15, 0, 0, 0});
            assertOutParameterFlags(c.read(), true);
            assertFinalOk(c.read());
            // the statement can run again on the same connection
            assertThat(execute(c, id, 0b010, 1L, 0L, 1L)).isEqualTo(new byte[] {2});
            for (int i = 0; i < 3; i++) c.read();
            assertThat(c.read()).isEqualTo(new byte[] {0, 0, 2, 'v', '1', 2, 0, 0, 0});
            c.read();
            assertFinalOk(c.read());
        }
    }

    @Test
    void outParametersAfterResultSetsWithDeprecateEof() throws Exception {
        try (RawClient c = login(BASE | MULTI_STATEMENTS | MULTI_RESULTS | PS_MULTI_RESULTS | DEPRECATE_EOF)) {
            long id = prepare(c, "CALL p_io_rs(?, ?, ?)", 3, false);
            assertThat(execute(c, id, 0b010, 7L, 0L, 1L)).isEqualTo(new byte[] {1});
            assertThat(columnName(c.read())).isEqualTo("first");
            // the procedure's own result sets are binary too: header, NULL bitmap, INT 7
            assertThat(c.read()).isEqualTo(new byte[] {0, 0, 7, 0, 0, 0});
            byte[] end = c.read();
            assertThat(end[0] & 0xff).isEqualTo(0xfe);
            assertThat(status(end, false) & (PS_OUT_PARAMS | MORE_RESULTS_EXISTS)).isEqualTo(MORE_RESULTS_EXISTS);
            assertThat(c.read()).isEqualTo(new byte[] {1});
            assertThat(columnName(c.read())).isEqualTo("second");
            c.read(); // the row: a + 1 is a BIGINT
            assertThat(status(c.read(), false) & MORE_RESULTS_EXISTS).isEqualTo(MORE_RESULTS_EXISTS);
            assertThat(c.read()).isEqualTo(new byte[] {2});
            assertThat(columnName(c.read())).isEqualTo("b");
            assertThat(columnName(c.read())).isEqualTo("c");
            assertThat(c.read()).isEqualTo(new byte[] {0, 0, 2, 'v', '7', 8, 0, 0, 0});
            assertOutParameterFlags(c.read(), false);
            assertFinalOk(c.read());
        }
    }

    /** Without CLIENT_PS_MULTI_RESULTS the client could not recognise the OUT row: it only gets the OK. */
    @Test
    void noOutParameterRowWithoutPsMultiResults() throws Exception {
        try (RawClient c = login(BASE | MULTI_RESULTS | DEPRECATE_EOF)) {
            long id = prepare(c, "CALL p_io(?, ?, ?)", 3, false);
            assertFinalOk(execute(c, id, 0b010, 5L, 0L, 10L));
            // the procedure's result sets still come
            long one = prepare(c, "CALL p_one(?)", 1, false);
            assertThat(execute(c, one, 0, 6L)).isEqualTo(new byte[] {2});
            c.read();
            c.read();
            c.read(); // the row
            assertThat(status(c.read(), false) & MORE_RESULTS_EXISTS).isEqualTo(MORE_RESULTS_EXISTS);
            assertFinalOk(c.read());
        }
    }

    /** An EOF (old style) or 0xFE-OK packet closing part of the OUT-parameter result set. */
    private static void assertOutParameterFlags(byte[] packet, boolean oldEof) {
        assertThat(packet[0] & 0xff).isEqualTo(0xfe);
        assertThat(status(packet, oldEof) & (PS_OUT_PARAMS | MORE_RESULTS_EXISTS))
                .isEqualTo(PS_OUT_PARAMS | MORE_RESULTS_EXISTS);
    }

    private static void assertFinalOk(byte[] ok) {
        assertThat(ok[0]).isEqualTo((byte) 0);
        assertThat(ok[1]).isEqualTo((byte) 0); // no rows affected
        assertThat(status(ok, false) & (PS_OUT_PARAMS | MORE_RESULTS_EXISTS)).isZero();
    }

    /** Connects with exactly these capabilities, as root without password, into {@link #DB}. */
    private static RawClient login(int capabilities) throws IOException {
        RawClient c = new RawClient(port());
        c.greeting = c.read();
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.writeBytes(RawClient.int4(capabilities));
        p.writeBytes(new byte[] {0, 0, 0, 1, (byte) 255}); // max packet 16M, utf8mb4
        p.writeBytes(new byte[23]);
        p.writeBytes(("root\0").getBytes(StandardCharsets.US_ASCII));
        p.write(0); // empty auth response
        p.writeBytes((DB + "\0caching_sha2_password\0").getBytes(StandardCharsets.US_ASCII));
        c.write(p.toByteArray());
        byte[] reply = c.read();
        // an auth switch (the oracle has no caching_sha2_password) or fast-auth result: an empty password again
        while ((reply[0] & 0xff) == 0xfe || reply[0] == 1) {
            if ((reply[0] & 0xff) == 0xfe) c.write(new byte[0]);
            reply = c.read();
        }
        assertThat(reply[0]).as("login").isEqualTo((byte) 0);
        return c;
    }

    private static byte[] query(RawClient c, String sql) throws IOException {
        return c.command(0x03, sql.getBytes(StandardCharsets.UTF_8));
    }

    /** COM_STMT_PREPARE; checks MySQL's answer for CALL (no result columns) and reads the parameter list. */
    private static long prepare(RawClient c, String sql, int parameters, boolean eof) throws IOException {
        byte[] ok = c.command(0x16, sql.getBytes(StandardCharsets.UTF_8));
        assertThat(ok[0]).as("prepare " + sql).isEqualTo((byte) 0);
        assertThat((ok[5] & 0xff) | (ok[6] & 0xff) << 8).as("columns").isZero();
        assertThat((ok[7] & 0xff) | (ok[8] & 0xff) << 8).as("parameters").isEqualTo(parameters);
        for (int i = 0; i < parameters; i++) c.read();
        if (eof && parameters > 0) assertThat(c.read()[0] & 0xff).isEqualTo(0xfe);
        return (ok[1] & 0xffL) | (ok[2] & 0xffL) << 8 | (ok[3] & 0xffL) << 16 | (ok[4] & 0xffL) << 24;
    }

    /** COM_STMT_EXECUTE with BIGINT parameters; bit i of {@code nulls} sends parameter i as NULL. */
    private static byte[] execute(RawClient c, long id, int nulls, long... values) throws IOException {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.writeBytes(RawClient.int4(id));
        p.write(0); // no cursor
        p.writeBytes(RawClient.int4(1));
        p.write(nulls);
        p.write(1); // types follow
        for (int i = 0; i < values.length; i++) p.writeBytes(new byte[] {8, 0});
        for (int i = 0; i < values.length; i++) {
            if ((nulls & 1 << i) != 0) continue;
            p.writeBytes(RawClient.int4(values[i]));
            p.writeBytes(RawClient.int4(values[i] >> 32));
        }
        return c.command(0x17, p.toByteArray());
    }

    /** The name (alias) of a column definition packet: the fifth length-encoded string after "def". */
    private static String columnName(byte[] definition) {
        int pos = 0;
        for (int i = 0; i < 4; i++) pos += 1 + (definition[pos] & 0xff);
        return new String(definition, pos + 1, definition[pos] & 0xff, StandardCharsets.UTF_8);
    }

    /** Status flags of an EOF packet (old form) or of an OK / 0xFE-OK packet. */
    private static int status(byte[] packet, boolean oldEof) {
        int pos;
        if (oldEof) {
            pos = 3;
        } else {
            pos = 1;
            for (int i = 0; i < 2; i++) pos += lenencSize(packet[pos]);
        }
        return (packet[pos] & 0xff) | (packet[pos + 1] & 0xff) << 8;
    }

    private static int lenencSize(byte first) {
        int v = first & 0xff;
        return v < 0xfb ? 1 : v == 0xfc ? 3 : v == 0xfd ? 4 : 9;
    }
}
