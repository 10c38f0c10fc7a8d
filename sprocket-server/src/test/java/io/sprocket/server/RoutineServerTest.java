package io.sprocket.server;

import io.sprocket.engine.Engine;
import io.sprocket.engine.EngineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the routine tests over the wire: a real engine and server in-process (each test class its own), and a
 * small database of procedures and functions created through the MySQL driver.
 * <p>
 * The expectations were recorded from the oracle: {@code -Dsprocket.test.target=127.0.0.1:3307} runs the same
 * tests against that server instead (root without password), which is how they are re-verified.
 */
abstract class RoutineServerTest {
    static final String DB = "callwire";

    /** Statements run in {@link #DB}, in order. Every routine's result is the same on MySQL 8.0 and MariaDB. */
    static final List<String> FIXTURE = List.of(
            "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(20))",
            """
            CREATE PROCEDURE p_multi()
            BEGIN
              SELECT 1 AS a;
              SELECT 'x' AS b, 2 AS c;
              INSERT INTO t (v) VALUES ('one'), ('two');
            END""",
            """
            CREATE PROCEDURE p_one(IN n INT)
              SELECT n AS n, n * 2 AS twice""",
            """
            CREATE PROCEDURE p_io(IN a INT, OUT b VARCHAR(20), INOUT c INT)
              COMMENT 'in, out and inout'
            BEGIN
              SET b = CONCAT('v', a);
              SET c = c + a;
            END""",
            """
            CREATE PROCEDURE p_io_rs(IN a INT, OUT b VARCHAR(20), INOUT c INT)
            BEGIN
              SELECT a AS first;
              SELECT a + 1 AS second;
              SET b = CONCAT('v', a);
              SET c = c + a;
            END""",
            """
            CREATE PROCEDURE p_types(IN d DECIMAL(10,2), OUT dt DATETIME, OUT total DECIMAL(12,2), OUT unset INT)
            BEGIN
              SET dt = '2024-05-06 07:08:09';
              SET total = d * 2;
            END""",
            """
            CREATE FUNCTION f_double(x INT) RETURNS INT DETERMINISTIC
              COMMENT 'twice x'
              RETURN x * 2""");

    enum Driver {
        MYSQL("jdbc:mysql://"),
        MARIADB("jdbc:mariadb://");

        final String prefix;

        Driver(String prefix) {
            this.prefix = prefix;
        }
    }

    @TempDir
    static Path dir;
    private static Engine engine;
    private static SprocketServer server;
    private static String hostPort;

    @BeforeAll
    static void startServerWithRoutines() throws Exception {
        hostPort = System.getProperty("sprocket.test.target");
        if (hostPort == null) {
            engine = Engine.open(new EngineConfig(Files.createDirectories(dir.resolve("data"))));
            server = SprocketServer.start(ServerConfig.defaults(Files.createDirectories(dir.resolve("server")))
                    .withPort(0).withTls(false), engine);
            hostPort = "127.0.0.1:" + server.port();
        }
        try (Connection c = DriverManager.getConnection(Driver.MYSQL.prefix + hostPort + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            // explicit: MariaDB's default character set is latin1, MySQL 8.0's utf8mb4 (octet lengths differ)
            s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4");
            s.execute("USE " + DB);
            for (String statement : FIXTURE) s.execute(statement);
        }
    }

    @AfterAll
    static void stopServer() {
        try {
            if (server != null) server.close();
        } finally {
            server = null;
            if (engine != null) engine.close();
            engine = null;
        }
    }

    /** Host and port of the server under test. */
    static String hostPort() {
        return hostPort;
    }

    static int port() {
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }

    static Connection connect(Driver driver, String options) throws SQLException {
        String url = driver.prefix + hostPort + "/" + DB + (options.isEmpty() ? "" : "?" + options);
        return DriverManager.getConnection(url, "root", "");
    }

    /** The rows of a result set, each value as getString gives it, joined with " | ". */
    static List<String> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (i > 1) row.append(" | ");
                row.append(rs.getString(i));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    static List<String> labels(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) labels.add(meta.getColumnLabel(i));
        return labels;
    }
}
