package io.sprocket.conformance.backend;

import java.sql.Connection;
import java.sql.DataTruncation;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** One JDBC connection of a {@link JdbcTarget}. */
final class JdbcConnection implements TargetConnection {
    private final Connection connection;
    private final JdbcDriver driver;

    JdbcConnection(Connection connection, JdbcDriver driver) {
        this.connection = connection;
        this.driver = driver;
    }

    @Override
    public List<Actual> execute(String sql) {
        List<Actual> results = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try {
                boolean isResultSet = statement.execute(sql);
                while (true) {
                    if (isResultSet) {
                        try (ResultSet rs = statement.getResultSet()) {
                            results.add(rows(rs));
                        }
                    } else {
                        long count = statement.getLargeUpdateCount();
                        if (count == -1) break;
                        results.add(new Actual.Ok(count, driver.info(statement), List.of()));
                    }
                    isResultSet = statement.getMoreResults();
                }
            } catch (SQLException e) {
                String sqlState = e.getSQLState() == null ? "" : e.getSQLState();
                if (driver == JdbcDriver.MYSQL) {
                    sqlState = repairedSqlState(e.getErrorCode(), sqlState, e instanceof DataTruncation);
                }
                results.add(new Actual.Failure(e.getErrorCode(), sqlState, driver.message(e)));
                return results;
            }
            if (!results.isEmpty() && statement.getWarnings() != null && !Statements.isDiagnostics(sql)) {
                results.set(results.size() - 1, results.getLast().withWarnings(showWarnings()));
            }
        } catch (SQLException e) {
            results.add(Actual.Failure.harness("JDBC: " + driver.message(e)));
        }
        return results;
    }

    /**
     * Connector/J rewrites two kinds of SQLSTATE: every error of class 22 becomes a DataTruncation reporting
     * 22001, and a server HY000 is replaced by the driver's own errno table (1205 becomes 40001). The server's
     * value cannot be asked for again without clearing the diagnostics area a following SHOW WARNINGS record
     * reads, so where the rewrite may have happened the error catalog's value (MySQL 8.0's) is used. The engine
     * target and the MariaDB driver still see the raw SQLSTATE.
     */
    static String repairedSqlState(int errno, String reported, boolean truncation) {
        String catalog = java.util.Arrays.stream(io.sprocket.engine.error.ErrorCode.values())
                .filter(c -> c.errno() == errno).map(io.sprocket.engine.error.ErrorCode::sqlState)
                .findFirst().orElse(null);
        if (catalog == null) return reported;
        if (truncation) return catalog;
        boolean driverTable = reported.equals(com.mysql.cj.exceptions.MysqlErrorNumbers.mysqlToSqlstate(errno));
        return driverTable && (catalog.equals("HY000") || catalog.equals(reported)) ? catalog : reported;
    }

    private Actual.Rows rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int count = meta.getColumnCount();
        List<Actual.Column> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(new Actual.Column(meta.getColumnLabel(i),
                    TypeLetters.of(meta.getColumnType(i), meta.getColumnTypeName(i))));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) row.add(driver.value(rs, meta, i, columns.get(i - 1).type()));
            rows.add(row);
        }
        return new Actual.Rows(columns, rows, List.of());
    }

    private List<String> showWarnings() throws SQLException {
        List<String> warnings = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW WARNINGS")) {
            while (rs.next()) {
                warnings.add(Statements.warningLine(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return warnings;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a broken connection; nothing to report
        }
    }
}
