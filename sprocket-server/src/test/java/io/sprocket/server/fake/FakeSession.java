package io.sprocket.server.fake;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnFlags;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.result.WireTemporal;
import io.sprocket.engine.session.ClientInfo;
import io.sprocket.engine.session.PreparedStatement;
import io.sprocket.engine.session.Session;
import io.sprocket.engine.session.StatusFlags;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Understands just enough SQL for driver handshakes and protocol tests:
 * {@code SELECT <int>}, {@code SELECT '<text>'}, {@code SELECT @@var [AS alias], ...}, {@code SET ...},
 * {@code SELECT BIG <n>} (one row, n bytes), {@code SELECT TYPES} (one row of many column types),
 * {@code INSERT ...} (1 row, id 42), {@code WARN} (OK with 2 warnings), {@code BOOM} (an engine bug),
 * {@code SELECT ERRMID} (error after one row), {@code SELECT DATABASE()}; anything else is ER_NO_SUCH_TABLE. Statements split on ';' when multi-statements are on.
 * Prepared: {@code SELECT ?, ?...} echoes its parameters as text, {@code SELECT LENGTH(?)} their byte length,
 * {@code TYPES} as above.
 */
final class FakeSession implements Session {
    private static final Map<String, Object> VARIABLES = Map.ofEntries(
            Map.entry("auto_increment_increment", 1L), Map.entry("character_set_client", "utf8mb4"),
            Map.entry("character_set_connection", "utf8mb4"), Map.entry("character_set_results", "utf8mb4"),
            Map.entry("character_set_server", "utf8mb4"), Map.entry("collation_server", "utf8mb4_0900_ai_ci"),
            Map.entry("collation_connection", "utf8mb4_0900_ai_ci"), Map.entry("init_connect", ""),
            Map.entry("interactive_timeout", 28800L), Map.entry("license", "GPL"),
            Map.entry("lower_case_table_names", 0L), Map.entry("max_allowed_packet", 67108864L),
            Map.entry("net_write_timeout", 60L), Map.entry("performance_schema", 0L),
            Map.entry("query_cache_size", 0L), Map.entry("query_cache_type", "OFF"),
            Map.entry("sql_mode", "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
                    + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"),
            Map.entry("system_time_zone", "UTC"), Map.entry("time_zone", "SYSTEM"),
            Map.entry("transaction_isolation", "REPEATABLE-READ"), Map.entry("tx_isolation", "REPEATABLE-READ"),
            Map.entry("wait_timeout", 28800L), Map.entry("version_comment", "Sprocket fake engine"),
            Map.entry("version", "8.0.40-sprocket"), Map.entry("autocommit", 1L), Map.entry("tx_read_only", 0L),
            Map.entry("transaction_read_only", 0L), Map.entry("net_buffer_length", 16384L));

    static final List<ColumnMeta> TYPE_COLUMNS = List.of(
            ColumnMeta.expression("tiny", 63, 4, ColumnType.TINY, 0, 0),
            ColumnMeta.expression("small", 63, 6, ColumnType.SHORT, 0, 0),
            ColumnMeta.expression("int", 63, 11, ColumnType.LONG, 0, 0),
            ColumnMeta.expression("big", 63, 20, ColumnType.LONGLONG, 0, 0),
            ColumnMeta.expression("ubig", 63, 20, ColumnType.LONGLONG, ColumnFlags.UNSIGNED, 0),
            ColumnMeta.expression("dbl", 63, 22, ColumnType.DOUBLE, 0, 31),
            ColumnMeta.expression("flt", 63, 12, ColumnType.FLOAT, 0, 31),
            ColumnMeta.expression("dec", 63, 10, ColumnType.NEWDECIMAL, 0, 2),
            ColumnMeta.expression("str", 255, 40, ColumnType.VAR_STRING, 0, 0),
            ColumnMeta.expression("bin", 63, 10, ColumnType.BLOB, ColumnFlags.BLOB | ColumnFlags.BINARY, 0),
            ColumnMeta.expression("d", 63, 10, ColumnType.DATE, ColumnFlags.BINARY, 0),
            ColumnMeta.expression("dt", 63, 26, ColumnType.DATETIME, ColumnFlags.BINARY, 6),
            ColumnMeta.expression("t", 63, 10, ColumnType.TIME, ColumnFlags.BINARY, 0),
            ColumnMeta.expression("n", 63, 0, ColumnType.NULL, 0, 0),
            ColumnMeta.expression("y", 63, 4, ColumnType.YEAR, ColumnFlags.UNSIGNED, 0));

    static final Object[] TYPE_ROW = {
        -5L, 300L, -70000L, 1L << 40, new BigInteger("18446744073709551615"), 2.5, 1.5f,
        new BigDecimal("12.34"), "héllo", new byte[] {0, 1, 2, (byte) 255},
        new WireTemporal(WireTemporal.Kind.DATE, false, 2024, 2, 29, 0, 0, 0, 0),
        new WireTemporal(WireTemporal.Kind.DATETIME, false, 2024, 2, 29, 13, 14, 15, 123456),
        new WireTemporal(WireTemporal.Kind.TIME, true, 0, 0, 0, 30, 1, 2, 0), null, 2024L};

    private final long id;
    private final ClientInfo client;
    private String database;
    private int warnings;

    FakeSession(long id, ClientInfo client) {
        this.id = id;
        this.client = client;
        this.database = null; // the server must call useDatabase (which validates)
    }

    @Override public long connectionId() { return id; }

    @Override
    public void execute(String sql, ResultSink sink) {
        List<String> statements = new ArrayList<>();
        if (client.multiStatements()) {
            for (String part : sql.split(";")) if (!part.isBlank()) statements.add(part.trim());
        } else {
            statements.add(sql.trim());
        }
        if (statements.isEmpty()) throw new SqlException(ErrorCode.ER_EMPTY_QUERY);
        for (int i = 0; i < statements.size(); i++) {
            boolean more = i + 1 < statements.size();
            warnings = 0;
            try {
                one(statements.get(i), sink, more);
            } catch (SqlException e) {
                sink.error(e);
                return;
            }
        }
    }

    private void one(String sql, ResultSink sink, boolean more) {
        String upper = sql.toUpperCase(Locale.ROOT);
        if (sql.startsWith("/*")) {
            int end = sql.indexOf("*/");
            one(sql.substring(end + 2).trim(), sink, more);
            return;
        }
        if (upper.startsWith("USE ")) {
            useDatabase(sql.substring(4).trim().replace("`", ""));
            sink.ok(OkResult.EMPTY, more);
        } else if (upper.startsWith("SET ")) {
            sink.ok(OkResult.EMPTY, more);
        } else if (upper.startsWith("CREATE ") || upper.startsWith("DROP ")) {
            sink.ok(new OkResult(1, 0, ""), more);
        } else if (upper.startsWith("INSERT")) {
            sink.ok(new OkResult(1, 42, ""), more);
        } else if (upper.equals("WARN")) {
            warnings = 2;
            sink.ok(new OkResult(3, 0, "Records: 3  Duplicates: 0  Warnings: 2"), more);
        } else if (upper.equals("BOOM")) {
            throw new IllegalStateException("secret internal detail");
        } else if (upper.startsWith("SELECT BIG ")) {
            int n = Integer.parseInt(sql.substring(11).trim());
            byte[] value = new byte[n];
            Arrays.fill(value, (byte) 'x');
            value[n - 1] = 'y';
            rows(sink, List.of(ColumnMeta.expression("big", 255, n, ColumnType.LONG_BLOB, 0, 0)),
                    List.<Object[]>of(new Object[] {value}), more);
        } else if (upper.equals("SELECT TYPES")) {
            rows(sink, TYPE_COLUMNS, List.<Object[]>of(TYPE_ROW), more);
        } else if (upper.equals("SELECT ERRMID")) {
            Iterator<Object[]> it = List.<Object[]>of(new Object[] {1L}).iterator();
            sink.resultSet(List.of(ColumnMeta.expression("a", 63, 1, ColumnType.LONGLONG, 0, 0)), () -> {
                if (it.hasNext()) return it.next();
                throw new SqlException(ErrorCode.ER_DIVISION_BY_ZERO);
            }, more);
        } else if (upper.startsWith("SELECT @@") || upper.startsWith("SELECT  @@")) {
            selectVariables(sql.substring(7), sink, more);
        } else if (upper.matches("SELECT -?\\d+")) {
            long v = Long.parseLong(sql.substring(7).trim());
            rows(sink, List.of(ColumnMeta.expression(sql.substring(7).trim(), 63, 2, ColumnType.LONGLONG,
                    ColumnFlags.NOT_NULL | ColumnFlags.NUM, 0)), List.<Object[]>of(new Object[] {v}), more);
        } else if (upper.matches("SELECT '[^']*'")) {
            String text = sql.substring(8, sql.length() - 1);
            rows(sink, List.of(ColumnMeta.expression(text, 255, text.length() * 4L, ColumnType.VAR_STRING, 0, 0)),
                    List.<Object[]>of(new Object[] {text}), more);
        } else if (upper.equals("SELECT DATABASE()")) {
            rows(sink, List.of(ColumnMeta.expression("DATABASE()", 255, 256, ColumnType.VAR_STRING, 0, 0)),
                    List.<Object[]>of(new Object[] {database}), more);
        } else if (upper.startsWith("SHOW WARNINGS")) {
            rows(sink, List.of(ColumnMeta.expression("Level", 33, 21, ColumnType.VAR_STRING, 0, 0),
                    ColumnMeta.expression("Code", 63, 4, ColumnType.LONG, ColumnFlags.UNSIGNED, 0),
                    ColumnMeta.expression("Message", 33, 1536, ColumnType.VAR_STRING, 0, 0)),
                    List.of(), more);
        } else {
            throw new SqlException(ErrorCode.ER_NO_SUCH_TABLE, database == null ? "test" : database, "missing");
        }
    }

    private void selectVariables(String list, ResultSink sink, boolean more) {
        List<ColumnMeta> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String item : list.split(",")) {
            String expr = item.trim();
            String alias = expr;
            int as = expr.toUpperCase(Locale.ROOT).indexOf(" AS ");
            if (as > 0) {
                alias = expr.substring(as + 4).trim();
                expr = expr.substring(0, as).trim();
            }
            if (alias.toUpperCase(Locale.ROOT).endsWith(" LIMIT 1")) alias = alias.substring(0, alias.length() - 8);
            if (expr.toUpperCase(Locale.ROOT).endsWith(" LIMIT 1")) expr = expr.substring(0, expr.length() - 8);
            String name = expr.replaceFirst("(?i)^@@(session\\.|global\\.)?", "").toLowerCase(Locale.ROOT);
            Object value = VARIABLES.get(name);
            values.add(value);
            columns.add(value instanceof Long
                    ? ColumnMeta.expression(alias, 63, 21, ColumnType.LONGLONG, 0, 0)
                    : ColumnMeta.expression(alias, 255, 1024, ColumnType.VAR_STRING, 0, 0));
        }
        rows(sink, columns, List.<Object[]>of(values.toArray()), more);
    }

    private static void rows(ResultSink sink, List<ColumnMeta> columns, List<Object[]> rows, boolean more) {
        Iterator<Object[]> it = rows.iterator();
        RowStream stream = () -> it.hasNext() ? it.next() : null;
        sink.resultSet(columns, stream, more);
    }

    private record Prepared(String sql, int parameterCount, List<ColumnMeta> columns) implements PreparedStatement {
        @Override public List<ColumnMeta> parameters() { return List.of(); }
    }

    @Override
    public PreparedStatement prepare(String sql) {
        String upper = sql.trim().toUpperCase(Locale.ROOT);
        int count = (int) sql.chars().filter(c -> c == '?').count();
        if (upper.equals("SELECT TYPES")) return new Prepared(upper, 0, TYPE_COLUMNS);
        if (upper.startsWith("SELECT LENGTH(?)")) {
            return new Prepared(upper, 1, List.of(ColumnMeta.expression("len", 63, 21, ColumnType.LONGLONG, 0, 0)));
        }
        if (upper.startsWith("INSERT")) return new Prepared(upper, count, List.of());
        if (upper.startsWith("SELECT ?")) {
            List<ColumnMeta> columns = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                columns.add(ColumnMeta.expression("p" + (i + 1), 255, 1024, ColumnType.VAR_STRING, 0, 0));
            }
            return new Prepared(upper, count, columns);
        }
        if (upper.matches("SELECT -?\\d+") || upper.startsWith("SELECT @@")) return new Prepared(sql, 0, List.of(
                ColumnMeta.expression("v", 255, 1024, ColumnType.VAR_STRING, 0, 0)));
        throw new SqlException(ErrorCode.ER_PARSE_ERROR, sql, 1);
    }

    @Override
    public void execute(PreparedStatement statement, Object[] params, ResultSink sink) {
        Prepared p = (Prepared) statement;
        if (p.sql().equals("SELECT TYPES")) {
            rows(sink, TYPE_COLUMNS, List.<Object[]>of(TYPE_ROW), false);
        } else if (p.sql().startsWith("SELECT LENGTH(?)")) {
            Object v = params[0];
            long length = v == null ? -1 : v instanceof byte[] b ? b.length
                    : v.toString().getBytes(StandardCharsets.UTF_8).length;
            rows(sink, p.columns(), List.<Object[]>of(new Object[] {length}), false);
        } else if (p.sql().startsWith("INSERT")) {
            sink.ok(new OkResult(1, 42, ""), false);
        } else if (p.sql().startsWith("SELECT ?")) {
            Object[] row = new Object[params.length];
            for (int i = 0; i < params.length; i++) row[i] = describe(params[i]);
            rows(sink, p.columns(), List.<Object[]>of(row), false);
        } else {
            execute(p.sql(), sink);
        }
    }

    /** What the protocol decoded, as "Type:value", so tests see both the Java type and the value. */
    private static String describe(Object v) {
        return switch (v) {
            case null -> null;
            case byte[] b -> "bytes:" + new String(b, StandardCharsets.ISO_8859_1);
            case WireTemporal t -> "temporal:" + t;
            default -> v.getClass().getSimpleName() + ":" + v;
        };
    }

    @Override public void close(PreparedStatement statement) { }

    @Override
    public void useDatabase(String name) {
        if (name.startsWith("nosuch")) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, name);
        database = name;
    }

    @Override public String currentDatabase() { return database; }

    @Override
    public List<ColumnMeta> fieldList(String table, String wildcard) {
        return List.of(new ColumnMeta("db1", table, table, "id", "id", 63, 11, ColumnType.LONG,
                ColumnFlags.NOT_NULL | ColumnFlags.PRI_KEY, 0));
    }

    @Override public void reset() { warnings = 0; }
    @Override public int statusFlags() { return StatusFlags.AUTOCOMMIT; }
    @Override public int warningCount() { return warnings; }
    @Override public void cancel() { }
    @Override public void close() { }
}
