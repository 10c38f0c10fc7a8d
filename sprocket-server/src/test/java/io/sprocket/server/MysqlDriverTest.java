package io.sprocket.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.server.fake.FakeEngine;
import java.math.BigDecimal;
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

/** MySQL Connector/J against the server over the fake engine. */
class MysqlDriverTest {
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
        String url = "jdbc:mysql://127.0.0.1:" + server.port() + "/" + (options.isEmpty() ? "" : "?" + options);
        return DriverManager.getConnection(url, user, password);
    }

    @Test
    void selectOneWithDefaultSettings() throws Exception {
        try (Connection c = connect("root", "", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getMetaData().getColumnLabel(1)).isEqualTo("1");
            assertThat(rs.next()).isFalse();
            assertThat(c.getMetaData().getDatabaseProductVersion()).isEqualTo("8.0.40-sprocket");
        }
    }

    @Test
    void multiStatementsGiveSeveralResults() throws Exception {
        try (Connection c = connect("root", "", "allowMultiQueries=true"); Statement s = c.createStatement()) {
            assertThat(s.execute("SELECT 1; INSERT INTO t VALUES (1); SELECT 'two'")).isTrue();
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(1);
            assertThat(s.getMoreResults()).isTrue();
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("two");
            }
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(-1);
        }
    }

    @Test
    void errorsCarryErrnoSqlStateAndMessage() throws Exception {
        try (Connection c = connect("root", "", ""); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM missing"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(1146);
                        assertThat(e.getSQLState()).isEqualTo("42S02");
                        assertThat(e.getMessage()).isEqualTo("Table 'test.missing' doesn't exist");
                    });
            // the connection is still usable
            try (ResultSet rs = s.executeQuery("SELECT 7")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
    }

    @Test
    void engineBugsNeverLeakJavaText() throws Exception {
        try (Connection c = connect("root", "", ""); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("BOOM")).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getErrorCode()).isEqualTo(1815);
                assertThat(e.getMessage()).doesNotContain("secret", "Exception", "java.");
            });
            assertThatThrownBy(() -> {
                try (ResultSet rs = s.executeQuery("SELECT ERRMID")) {
                    while (rs.next()) { }
                }
            }).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1365));
            assertThat(s.executeQuery("SELECT 3").next()).isTrue();
        }
    }

    @Test
    void updateCountsAndGeneratedKeys() throws Exception {
        try (Connection c = connect("root", "", ""); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("INSERT INTO t VALUES (1)", Statement.RETURN_GENERATED_KEYS)).isEqualTo(1);
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                assertThat(keys.getLong(1)).isEqualTo(42);
            }
            assertThat(s.executeUpdate("WARN")).isEqualTo(3);
        }
    }

    @Test
    void serverPreparedStatementsBindAllParameterTypes() throws Exception {
        try (Connection c = connect("root", "", "useServerPrepStmts=true&cachePrepStmts=false");
             PreparedStatement ps = c.prepareStatement("SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?")) {
            ps.setInt(1, -7);
            ps.setLong(2, Long.MAX_VALUE);
            ps.setString(3, "héllo");
            ps.setBytes(4, new byte[] {65, 66});
            ps.setDouble(5, 2.5);
            ps.setBigDecimal(6, new BigDecimal("12.345"));
            ps.setNull(7, java.sql.Types.INTEGER);
            ps.setDate(8, java.sql.Date.valueOf("2024-02-29"));
            ps.setTimestamp(9, java.sql.Timestamp.valueOf("2024-02-29 13:14:15.5"));
            ps.setBoolean(10, true);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Long:-7");
                assertThat(rs.getString(2)).isEqualTo("Long:" + Long.MAX_VALUE);
                assertThat(rs.getString(3)).isEqualTo("String:héllo");
                // Connector/J binds byte[] as MYSQL_TYPE_STRING, so the engine gets text (as MySQL would)
                assertThat(rs.getString(4)).isEqualTo("String:AB");
                assertThat(rs.getString(5)).isEqualTo("Double:2.5");
                assertThat(rs.getString(6)).isEqualTo("BigDecimal:12.345");
                assertThat(rs.getString(7)).isNull();
                assertThat(rs.getString(8)).startsWith("temporal:WireTemporal[kind=D").contains("year=2024", "day=29");
                assertThat(rs.getString(9)).contains("hour=13", "minute=14", "second=15", "micros=500000");
                assertThat(rs.getString(10)).isEqualTo("Long:1");
            }
            // re-execute: types are not re-sent, values are
            ps.setInt(1, 8);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("Long:8");
            }
        }
    }

    @Test
    void binaryResultRowsDecodeByColumnType() throws Exception {
        try (Connection c = connect("root", "", "useServerPrepStmts=true");
             PreparedStatement ps = c.prepareStatement("SELECT TYPES"); ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("tiny")).isEqualTo(-5);
            assertThat(rs.getInt("small")).isEqualTo(300);
            assertThat(rs.getInt("int")).isEqualTo(-70000);
            assertThat(rs.getLong("big")).isEqualTo(1L << 40);
            assertThat(rs.getString("ubig")).isEqualTo("18446744073709551615");
            assertThat(rs.getDouble("dbl")).isEqualTo(2.5);
            assertThat(rs.getFloat("flt")).isEqualTo(1.5f);
            assertThat(rs.getBigDecimal("dec")).isEqualByComparingTo("12.34");
            assertThat(rs.getString("str")).isEqualTo("héllo");
            assertThat(rs.getBytes("bin")).containsExactly(0, 1, 2, 255);
            assertThat(rs.getString("d")).isEqualTo("2024-02-29");
            assertThat(rs.getString("dt")).isEqualTo("2024-02-29 13:14:15.123456");
            assertThat(rs.getString("t")).isEqualTo("-30:01:02");
            assertThat(rs.getObject("n")).isNull();
            assertThat(rs.getInt("y")).isEqualTo(2024);
        }
        // the same row through the text protocol
        try (Connection c = connect("root", "", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TYPES")) {
            rs.next();
            assertThat(rs.getString("ubig")).isEqualTo("18446744073709551615");
            assertThat(rs.getString("dt")).isEqualTo("2024-02-29 13:14:15.123456");
            assertThat(rs.getString("t")).isEqualTo("-30:01:02");
        }
    }

    @Test
    void tlsRequired() throws Exception {
        try (Connection c = connect("root", "", "sslMode=REQUIRED"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 5")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(5);
        }
    }

    @Test
    void cachingSha2FullAuthenticationWithRsaThenFastPath() throws Exception {
        String options = "sslMode=DISABLED&allowPublicKeyRetrieval=true";
        for (int i = 0; i < 2; i++) {
            try (Connection c = connect("sha2", FakeEngine.PASSWORD, options)) {
                assertThat(c.createStatement().executeQuery("SELECT 1").next()).isTrue();
            }
        }
        assertThat(ENGINE.opened).anySatisfy(info -> {
            assertThat(info.user().user()).isEqualTo("sha2");
            assertThat(info.user().host()).isEqualTo("localhost");
            assertThat(info.account().host()).isEqualTo("%");
        });
    }

    @Test
    void cachingSha2OverTls() throws Exception {
        try (Connection c = connect("sha2b", FakeEngine.PASSWORD, "sslMode=REQUIRED")) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void nativePasswordAccountGetsAnAuthSwitch() throws Exception {
        try (Connection c = connect("native", FakeEngine.PASSWORD, "sslMode=DISABLED")) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void wrongPasswordIsAccessDenied() {
        for (String user : new String[] {"native", "sha2", "nobody"}) {
            assertThatThrownBy(() -> connect(user, "wrong", "sslMode=DISABLED&allowPublicKeyRetrieval=true"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(1045);
                        assertThat(e.getSQLState()).isEqualTo("28000");
                        assertThat(e.getMessage()).isEqualTo(
                                "Access denied for user '" + user + "'@'localhost' (using password: YES)");
                    });
        }
        assertThatThrownBy(() -> connect("native", "", "sslMode=DISABLED"))
                .hasMessage("Access denied for user 'native'@'localhost' (using password: NO)");
        assertThatThrownBy(() -> connect("locked", FakeEngine.PASSWORD, "sslMode=DISABLED"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(3118));
    }

    @Test
    void unknownDatabaseOnConnect() {
        assertThatThrownBy(() -> DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + server.port() + "/nosuchdb", "root", ""))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(1049);
                    assertThat(e.getMessage()).isEqualTo("Unknown database 'nosuchdb'");
                });
    }

    @Test
    void connectWithDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + server.port() + "/db1",
                "root", "")) {
            assertThat(c.getCatalog()).isEqualTo("db1");
            c.setCatalog("test");
            assertThatThrownBy(() -> c.setCatalog("nosuch"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1049));
        }
    }

    @Test
    void clientInfoReachesTheEngine() throws Exception {
        try (Connection c = connect("root", "", "allowMultiQueries=true&connectionCollation=utf8mb4_bin")) {
            long id = c.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).getId();
            assertThat(c.isValid(1)).isTrue();
            assertThat(ENGINE.opened).anySatisfy(info -> {
                assertThat(info.user()).isEqualTo(new io.sprocket.engine.security.AccountName("root", "localhost"));
                assertThat(info.account()).isEqualTo(io.sprocket.engine.security.AccountName.ROOT);
                assertThat(info.multiStatements()).isTrue();
                assertThat(info.multiResults()).isTrue();
                assertThat(info.foundRows()).isTrue(); // Connector/J's default (useAffectedRows=false)
            });
            assertThat(id).isPositive();
        }
    }

    @Test
    void changeUserReauthenticatesAndOpensAFreshSession() throws Exception {
        try (Connection c = connect("root", "", "sslMode=DISABLED&allowPublicKeyRetrieval=true")) {
            int before = ENGINE.opened.size();
            c.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).changeUser("native", FakeEngine.PASSWORD);
            assertThat(c.createStatement().executeQuery("SELECT 4").next()).isTrue();
            assertThat(ENGINE.opened.size()).isGreaterThan(before);
            assertThat(ENGINE.opened.get(ENGINE.opened.size() - 1).user().user()).isEqualTo("native");
        }
    }

    @Test
    void rowAndParameterOver16Megabytes() throws Exception {
        int size = 0xFFFFFF + 1000;
        try (Connection c = connect("root", "", "useServerPrepStmts=true")) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT BIG " + size)) {
                rs.next();
                byte[] value = rs.getBytes(1);
                assertThat(value).hasSize(size);
                assertThat(value[size - 1]).isEqualTo((byte) 'y');
            }
            byte[] big = new byte[size];
            Arrays.fill(big, (byte) 'a');
            // (MariadbDriverTest sends a >16 MB parameter inline; here it goes as COM_STMT_SEND_LONG_DATA)
            try (PreparedStatement ps = c.prepareStatement("SELECT LENGTH(?)")) {
                ps.setBinaryStream(1, new java.io.ByteArrayInputStream(big));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(size);
                }
            }
        }
    }
}
