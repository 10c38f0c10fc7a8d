package io.sprocket.conformance.backend;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two real drivers a JDBC target can use, with the options that make them pass the server's text through
 * unchanged: affected rows rather than found rows, TINYINT(1) and YEAR as numbers, raw value bytes.
 */
public enum JdbcDriver {
    /** MySQL Connector/J: exposes raw value bytes and the OK packet's info string, so it is the default. */
    MYSQL {
        @Override
        String url(String host, int port, String user, String password, String database) {
            return "jdbc:mysql://" + host + ":" + port + "/" + (database == null ? "" : database)
                    + "?user=" + encode(user) + "&password=" + encode(password)
                    + "&sslMode=DISABLED&allowPublicKeyRetrieval=true&useAffectedRows=true&tinyInt1isBit=false"
                    + "&yearIsDateType=false&characterEncoding=UTF-8&connectionTimeZone=SERVER"
                    + "&allowMultiQueries=true&jdbcCompliantTruncation=false&connectTimeout=5000&socketTimeout=" + SOCKET_TIMEOUT_MS;
        }

        @Override
        String value(ResultSet rs, ResultSetMetaData meta, int column, char type) throws SQLException {
            byte[] bytes = rs.getBytes(column);
            if (type == 'B') return io.sprocket.conformance.format.ValueText.binary(bytes);
            return io.sprocket.conformance.format.ValueText.text(
                    bytes == null ? null : new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        String info(Statement statement) throws SQLException {
            if (statement instanceof com.mysql.cj.jdbc.JdbcStatement js && js.getResultSetInternal() != null) {
                String info = js.getResultSetInternal().getServerInfo();
                return info == null ? "" : info;
            }
            return "";
        }

        @Override
        boolean reportsInfo() {
            return true;
        }
    },

    /**
     * MariaDB Connector/J: no access to the info string, and it re-formats temporal values (fraction padded to
     * six digits), which {@link #value} trims back to the column's scale.
     */
    MARIADB {
        @Override
        String url(String host, int port, String user, String password, String database) {
            return "jdbc:mariadb://" + host + ":" + port + "/" + (database == null ? "" : database)
                    + "?user=" + encode(user) + "&password=" + encode(password)
                    + "&useAffectedRows=true&tinyInt1isBit=false&yearIsDateType=false&allowMultiQueries=true"
                    + "&allowPublicKeyRetrieval=true&connectTimeout=5000&socketTimeout=" + SOCKET_TIMEOUT_MS;
        }

        @Override
        String value(ResultSet rs, ResultSetMetaData meta, int column, char type) throws SQLException {
            if (type == 'B') return io.sprocket.conformance.format.ValueText.binary(rs.getBytes(column));
            String text = rs.getString(column);
            if (text != null && type == 'D') {
                int dot = text.indexOf('.');
                int scale = meta.getScale(column);
                if (dot >= 0) text = scale <= 0 ? text.substring(0, dot) : text.substring(0, Math.min(text.length(), dot + 1 + scale));
            }
            return io.sprocket.conformance.format.ValueText.text(text);
        }

        @Override
        String info(Statement statement) {
            return null;
        }

        @Override
        boolean reportsInfo() {
            return false;
        }
    };

    static final int SOCKET_TIMEOUT_MS = 20_000;

    abstract String url(String host, int port, String user, String password, String database);

    abstract String value(ResultSet rs, ResultSetMetaData meta, int column, char type) throws SQLException;

    /** The OK packet's info string of the statement's current result, or null when the driver hides it. */
    abstract String info(Statement statement) throws SQLException;

    abstract boolean reportsInfo();

    /** Drivers prefix messages with connection details; the server's text is what we compare. */
    String message(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        message = message.replaceFirst("^\\(conn=\\d+\\) ", "");
        // Connector/J's DataTruncation prepends this to the server's text
        return e instanceof java.sql.DataTruncation ? message.replaceFirst("^Data truncation: ", "") : message;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
