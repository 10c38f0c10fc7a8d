package io.sprocket.server;

import static io.sprocket.server.RawClient.errno;
import static io.sprocket.server.RawClient.errorMessage;
import static io.sprocket.server.RawClient.int4;
import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.server.fake.FakeEngine;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Packets no driver sends: broken framing, unknown commands, limits; the server must keep serving others. */
class ProtocolEdgeTest {
    private static final FakeEngine ENGINE = new FakeEngine();
    private static SprocketServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(ENGINE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertServerStillServes() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + server.port() + "/", "root", "")) {
            assertThat(c.createStatement().executeQuery("SELECT 1").next()).isTrue();
        }
    }

    @Test
    void shortHandshakeResponseIsBadHandshake() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            byte[] greeting = c.read();
            assertThat(greeting[0]).isEqualTo((byte) 10);
            assertThat(new String(greeting, 1, 15, StandardCharsets.US_ASCII)).isEqualTo("8.0.40-sprocket");
            c.write(new byte[] {1, 2});
            byte[] err = c.read();
            assertThat(errno(err)).isEqualTo(1043);
            assertThat(RawClient.sqlState(err)).isEqualTo("08S01");
            assertThat(errorMessage(err)).isEqualTo("Bad handshake");
            assertThat(c.closedByServer()).isTrue();
        }
        assertServerStillServes();
    }

    @Test
    void truncatedPacketEndsOnlyThatConnection() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.read();
            c.socket.getOutputStream().write(new byte[] {100, 0, 0, 1, 1, 2, 3, 4, 5});
            c.socket.shutdownOutput();
            assertThat(c.closedByServer()).isTrue();
        }
        assertServerStillServes();
    }

    @Test
    void outOfOrderSequenceIsRejected() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.read();
            c.seq = 7;
            c.write(new byte[40]);
            byte[] err = c.read();
            assertThat(errno(err)).isEqualTo(1156);
            assertThat(c.closedByServer()).isTrue();
        }
        assertServerStillServes();
    }

    @Test
    void commandsWithoutADriver() throws Exception {
        try (RawClient c = RawClient.authenticated(server.port())) {
            byte[] unknown = c.command(0x20, new byte[0]);
            assertThat(errno(unknown)).isEqualTo(1047);
            assertThat(errorMessage(unknown)).isEqualTo("Unknown command");
            assertThat(c.command(0x0e, new byte[0])[0]).isEqualTo((byte) 0); // COM_PING
            assertThat(new String(c.command(0x09, new byte[0]), StandardCharsets.US_ASCII)).startsWith("Uptime: ");
            byte[] badDb = c.command(0x02, "nosuch".getBytes(StandardCharsets.UTF_8));
            assertThat(errno(badDb)).isEqualTo(1049);
            assertThat(errorMessage(badDb)).isEqualTo("Unknown database 'nosuch'");
            assertThat(c.command(0x02, "db1".getBytes(StandardCharsets.UTF_8))[0]).isEqualTo((byte) 0);
            byte[] field = c.command(0x04, "t1\0".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(field, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("def");
            assertThat(c.read()[0] & 0xff).isEqualTo(0xfe); // end of the field list
            byte[] execute = c.command(0x17, new byte[] {99, 0, 0, 0, 0, 1, 0, 0, 0});
            assertThat(errno(execute)).isEqualTo(1243);
            assertThat(errorMessage(execute))
                    .isEqualTo("Unknown prepared statement handler (99) given to mysqld_stmt_execute");
            assertThat(errno(c.command(0x1c, new byte[] {5, 0, 0, 0, 1, 0, 0, 0}))).isEqualTo(1243);
            assertThat(c.command(0x1b, new byte[] {1, 0})[0] & 0xff).isEqualTo(0xfe); // COM_SET_OPTION
            assertThat(c.command(0x1f, new byte[0])[0]).isEqualTo((byte) 0); // COM_RESET_CONNECTION
            byte[] empty = c.command(0x03, new byte[0]);
            assertThat(errno(empty)).isEqualTo(1065);
            c.seq = 0;
            c.write(new byte[] {0x01}); // COM_QUIT
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void preparedStatementOverRawPackets() throws Exception {
        try (RawClient c = RawClient.authenticated(server.port())) {
            byte[] prepared = c.command(0x16, "SELECT ?".getBytes(StandardCharsets.UTF_8));
            assertThat(prepared[0]).isEqualTo((byte) 0);
            int id = prepared[1] & 0xff;
            assertThat(prepared[7]).isEqualTo((byte) 1); // one parameter
            c.read(); // parameter definition
            c.read(); // column definition
            // long data for parameter 0, then execute with new-params-bound and type VAR_STRING
            c.seq = 0;
            c.write(concat(new byte[] {0x18}, int4(id), new byte[] {0, 0}, "ab".getBytes(StandardCharsets.UTF_8)));
            c.seq = 0;
            c.write(concat(new byte[] {0x18}, int4(id), new byte[] {0, 0}, "cd".getBytes(StandardCharsets.UTF_8)));
            byte[] count = c.command(0x17, concat(int4(id), new byte[] {0}, int4(1), new byte[] {0, 1, (byte) 253, 0}));
            assertThat(count[0]).isEqualTo((byte) 1);
            c.read(); // column definition
            byte[] row = c.read();
            assertThat(row[0]).isEqualTo((byte) 0); // binary row header
            assertThat(new String(row, 3, row.length - 3, StandardCharsets.UTF_8)).isEqualTo("String:abcd");
            assertThat(c.read()[0] & 0xff).isEqualTo(0xfe);
            // a parameter block with an unknown type is an error, not the end of the connection
            byte[] bad = c.command(0x17, concat(int4(id), new byte[] {0}, int4(1), new byte[] {0, 1, 99, 0}));
            assertThat(errno(bad)).isEqualTo(1210);
            assertThat(c.command(0x1a, int4(id))[0]).isEqualTo((byte) 0); // COM_STMT_RESET
            c.seq = 0;
            c.write(concat(new byte[] {0x19}, int4(id))); // COM_STMT_CLOSE: no reply
            assertThat(errno(c.command(0x1a, int4(id)))).isEqualTo(1243);
        }
    }

    @Test
    void killAnotherConnection() throws Exception {
        try (RawClient victim = RawClient.authenticated(server.port());
             RawClient killer = RawClient.authenticated(server.port())) {
            long victimId = victimIdFromGreeting(victim.greeting);
            assertThat(errno(killer.command(0x0c, int4(99999)))).isEqualTo(1094);
            assertThat(killer.command(0x0c, int4(victimId))[0]).isEqualTo((byte) 0);
            assertThat(victim.closedByServer()).isTrue();
            assertThat(ENGINE.killed).contains(victimId);
        }
    }

    private static long victimIdFromGreeting(byte[] greeting) {
        int at = 1;
        while (greeting[at] != 0) at++;
        at++;
        return (greeting[at] & 0xffL) | (greeting[at + 1] & 0xffL) << 8 | (greeting[at + 2] & 0xffL) << 16
                | (greeting[at + 3] & 0xffL) << 24;
    }

    @Test
    void engineFailureGivesGenericError() throws Exception {
        try (RawClient c = RawClient.authenticated(server.port())) {
            byte[] err = c.command(0x03, "BOOM".getBytes(StandardCharsets.UTF_8));
            assertThat(errno(err)).isEqualTo(1815);
            assertThat(errorMessage(err)).doesNotContain("secret").doesNotContain("Exception");
            assertThat(c.command(0x0e, new byte[0])[0]).isEqualTo((byte) 0);
        }
    }

    @Test
    void packetOverMaxAllowedPacket() throws Exception {
        try (SprocketServer small = TestServers.start(
                ServerConfig.defaults(TestServers.DATA_DIR).withPort(0).withMaxAllowedPacket(1024), ENGINE);
             RawClient c = RawClient.authenticated(small.port())) {
            byte[] err = c.command(0x03, new byte[2000]);
            assertThat(errno(err)).isEqualTo(1153);
            assertThat(RawClient.sqlState(err)).isEqualTo("08S01");
            assertThat(errorMessage(err)).isEqualTo("Got a packet bigger than 'max_allowed_packet' bytes");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void oversizedPacketFromAClientStillSendingGetsTheError() throws Exception {
        try (SprocketServer small = TestServers.start(
                ServerConfig.defaults(TestServers.DATA_DIR).withPort(0).withMaxAllowedPacket(1024), ENGINE);
             RawClient c = RawClient.authenticated(small.port())) {
            // announce 4 MB, send it in pieces while the server has already refused it
            c.socket.getOutputStream().write(new byte[] {0, 0, 0x40, 0, 3});
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 64; i++) c.socket.getOutputStream().write(chunk);
            assertThat(errno(c.read())).isEqualTo(1153);
        }
    }

    @Test
    void hugeHandshakePacketIsRefusedBeforeAuthentication() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.read();
            c.socket.getOutputStream().write(new byte[] {0, 0, 0x10, 1}); // 1 MB "handshake response"
            assertThat(errno(c.read())).isEqualTo(1153);
        }
    }

    @Test
    void tooManyConnections() throws Exception {
        try (SprocketServer small = TestServers.start(
                ServerConfig.defaults(TestServers.DATA_DIR).withPort(0).withMaxConnections(1), ENGINE);
             RawClient first = RawClient.authenticated(small.port());
             RawClient second = new RawClient(small.port())) {
            byte[] err = second.read();
            assertThat(errno(err)).isEqualTo(1040);
            assertThat(errorMessage(err)).isEqualTo("Too many connections");
            assertThat(first.command(0x0e, new byte[0])[0]).isEqualTo((byte) 0);
        }
    }

    @Test
    void idleConnectionsAreClosed() throws Exception {
        try (SprocketServer quick = TestServers.start(ServerConfig.defaults(TestServers.DATA_DIR).withPort(0)
                .withWaitTimeout(Duration.ofMillis(300)), ENGINE);
             RawClient c = RawClient.authenticated(quick.port())) {
            byte[] err = c.read();
            assertThat(errno(err)).isEqualTo(4031);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) length += p.length;
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
