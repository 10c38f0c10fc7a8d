package io.sprocket.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.server.fake.FakeEngine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MariaDB Connector/J against the server over the fake engine. */
class MariadbDriverTest {
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

    private static Connection connect(String user, String password, String options) throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + server.port() + "/" + (options.isEmpty() ? "" : "?" + options);
        return DriverManager.getConnection(url, user, password);
    }

    @Test
    void selectOneWithDefaultSettings() throws Exception {
        try (Connection c = connect("root", "", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void multiStatementsGiveSeveralResults() throws Exception {
        try (Connection c = connect("root", "", "allowMultiQueries=true"); Statement s = c.createStatement()) {
            assertThat(s.execute("SELECT 1; INSERT INTO t VALUES (1); SELECT 'two'")).isTrue();
            assertThat(s.getResultSet().next()).isTrue();
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(1);
            assertThat(s.getMoreResults()).isTrue();
            ResultSet rs = s.getResultSet();
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("two");
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(-1);
        }
    }

    @Test
    void errorInTheMiddleOfMultiStatementsStops() throws Exception {
        try (Connection c = connect("root", "", "allowMultiQueries=true"); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("SELECT 1; SELECT * FROM missing; SELECT 2"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1146));
            assertThat(s.executeQuery("SELECT 9").next()).isTrue();
        }
    }

    @Test
    void serverPreparedStatements() throws Exception {
        try (Connection c = connect("root", "", "useServerPrepStmts=true");
             PreparedStatement ps = c.prepareStatement("SELECT ?, ?, ?, ?, ?")) {
            ps.setLong(1, -1);
            ps.setString(2, "x'y");
            ps.setBytes(3, new byte[] {1, 2});
            ps.setNull(4, java.sql.Types.VARCHAR);
            ps.setFloat(5, 0.5f);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("Long:-1");
                assertThat(rs.getString(2)).isEqualTo("String:x'y");
                assertThat(rs.getString(3)).isEqualTo("bytes:\u0001\u0002");
                assertThat(rs.getString(4)).isNull();
                assertThat(rs.getString(5)).isEqualTo("Double:0.5");
            }
        }
        try (Connection c = connect("root", "", "useServerPrepStmts=true");
             PreparedStatement ps = c.prepareStatement("SELECT TYPES"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getInt("tiny")).isEqualTo(-5);
            assertThat(rs.getLong("big")).isEqualTo(1L << 40);
            assertThat(rs.getString("ubig")).isEqualTo("18446744073709551615");
            assertThat(rs.getDouble("dbl")).isEqualTo(2.5);
            assertThat(rs.getString("str")).isEqualTo("héllo");
            assertThat(rs.getString("dt")).isEqualTo("2024-02-29 13:14:15.123456");
            assertThat(rs.getString("t")).isEqualTo("-30:01:02");
        }
    }

    @Test
    void tlsWithTrust() throws Exception {
        try (Connection c = connect("root", "", "sslMode=trust"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 5")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(5);
        }
    }

    @Test
    void cachingSha2OverPlainTcpWithPublicKeyRetrieval() throws Exception {
        try (Connection c = connect("sha2", FakeEngine.PASSWORD, "allowPublicKeyRetrieval=true")) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void nativePassword() throws Exception {
        try (Connection c = connect("native", FakeEngine.PASSWORD, "")) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void wrongPasswordIsAccessDenied() {
        assertThatThrownBy(() -> connect("native", "nope", ""))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(1045);
                    assertThat(e.getSQLState()).isEqualTo("28000");
                    assertThat(e.getMessage()).contains(
                            "Access denied for user 'native'@'localhost' (using password: YES)");
                });
    }

    @Test
    void bigRowAndParameter() throws Exception {
        int size = 0xFFFFFF * 2; // an exact multiple: needs the trailing empty packet
        try (Connection c = connect("root", "", "useServerPrepStmts=true&maxAllowedPacket=67108864")) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT BIG " + size)) {
                rs.next();
                assertThat(rs.getBytes(1)).hasSize(size);
            }
            byte[] big = new byte[0xFFFFFF + 10];
            Arrays.fill(big, (byte) 'q');
            try (PreparedStatement ps = c.prepareStatement("SELECT LENGTH(?)")) {
                ps.setBytes(1, big);
                ResultSet rs = ps.executeQuery();
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(big.length);
            }
        }
    }
}
