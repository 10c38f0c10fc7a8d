package io.sprocket.conformance.backend;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * A server reached over the network through a real JDBC driver: the MariaDB oracle, or our own server (see
 * {@link WireTarget}). {@code sessionSetup} runs on every new connection (the oracle uses it to behave like
 * MySQL 8.0 where it can).
 */
public class JdbcTarget implements Target {
    private final String name;
    private final Set<String> names;
    private final JdbcDriver driver;
    private final String host;
    private final int port;
    private final List<String> sessionSetup;

    public JdbcTarget(String name, Set<String> names, JdbcDriver driver, String host, int port,
                      List<String> sessionSetup) {
        this.name = requireNonNull(name);
        this.names = Set.copyOf(names);
        this.driver = requireNonNull(driver);
        this.host = requireNonNull(host);
        this.port = port;
        this.sessionSetup = List.copyOf(sessionSetup);
    }

    /** MySQL 8.0's default sql_mode, which the oracle is switched to on every connection. */
    public static final String MYSQL80_SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,"
            + "NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    /** The MariaDB oracle, made to behave like MySQL 8.0 where a session setting can do it. */
    public static JdbcTarget mariadbOracle(String host, int port) {
        return mariadbOracle(host, port, JdbcDriver.MYSQL);
    }

    /** The oracle through a chosen driver (MariaDB Connector/J checks that driver's value handling). */
    public static JdbcTarget mariadbOracle(String host, int port, JdbcDriver driver) {
        return new JdbcTarget("mariadb", Set.of("mariadb"), driver, host, port, List.of(
                "SET NAMES utf8mb4",
                "SET SESSION sql_mode='" + MYSQL80_SQL_MODE + "'",
                "SET SESSION character_set_server=utf8mb4",
                "SET SESSION collation_server=utf8mb4_general_ci"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> names() {
        return names;
    }

    @Override
    public boolean reportsInfo() {
        return driver.reportsInfo();
    }

    @Override
    public TargetConnection connect(String user, String password, String database) throws TargetException {
        Connection connection;
        try {
            connection = DriverManager.getConnection(driver.url(host, port, user, password, database));
        } catch (SQLException e) {
            // no host:port in the text: it becomes knownfail reasons, which must not change from run to run
            throw new TargetException(name + ": cannot connect: " + firstLine(driver.message(e)), e, e.getErrorCode());
        }
        JdbcConnection result = new JdbcConnection(connection, driver);
        for (String setup : sessionSetup) {
            List<Actual> outcome = result.execute(setup);
            if (!outcome.isEmpty() && outcome.getLast() instanceof Actual.Failure f) {
                result.close();
                throw new TargetException(name + ": session setup '" + setup + "' failed: " + f.message(), null);
            }
        }
        return result;
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
    }
}
