package io.sprocket.bench;

import io.sprocket.engine.Engine;
import io.sprocket.engine.EngineConfig;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.session.ClientInfo;
import io.sprocket.engine.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** An engine on a throw-away RocksDB data directory, with root sessions as the protocol layer would open them. */
public final class BenchEngine implements AutoCloseable {
    private final Path dir;
    private final Engine engine;
    private boolean closed;

    private BenchEngine(Path dir) {
        this.dir = dir;
        this.engine = Engine.open(new EngineConfig(dir));
    }

    /** A fresh engine in a new temporary directory (removed again by {@link #close()}). */
    public static BenchEngine open() {
        try {
            return new BenchEngine(Files.createTempDirectory("sprocket-bench-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A root session, as after a login that negotiated multi-statements and multi-results (like mariadb does). */
    public Runner session(String database) {
        return session(database, AccountName.ROOT);
    }

    /** A session of {@code account} (logged in from localhost), as after its authentication. */
    public Runner session(String database, AccountName account) {
        Session s = engine.open(engine.nextConnectionId(), new ClientInfo(new AccountName(account.user(), "localhost"),
                account, database, false, true, false, 255));
        if (database != null) s.useDatabase(database);
        return new Runner(s);
    }

    /** Idempotent: a failed set-up closes the engine itself, and JMH may still call the tear-down. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        engine.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One session and a reusable sink that drains every result and keeps the first cell of the last result set,
     * which is what the workloads answer; an error is thrown, so a benchmark never times a failure.
     */
    public static final class Runner implements ResultSink, AutoCloseable {
        private final Session session;
        private Object value;
        private SqlException error;

        Runner(Session session) {
            this.session = session;
        }

        /** Runs one statement; returns the first cell of its last result set, or null when it returned none. */
        public Object run(String sql) {
            value = null;
            error = null;
            session.execute(sql, this);
            if (error != null) throw new IllegalStateException(sql + ": " + error.errno() + " " + error.getMessage(), error);
            return value;
        }

        public void runAll(List<String> statements) {
            for (String sql : statements) run(sql);
        }

        /** Runs {@code sql} and fails unless its answer is numerically {@code expected}. */
        public void check(String sql, BigDecimal expected) {
            Object got = run(sql);
            if (got == null || new BigDecimal(got.toString()).compareTo(expected) != 0) {
                throw new IllegalStateException(sql + " answered " + got + ", expected " + expected);
            }
        }

        @Override
        public void resultSet(List<ColumnMeta> columns, RowStream rows, boolean moreResults) {
            Object[] row = rows.next();
            value = row == null || row.length == 0 ? null : row[0];
            while (row != null) row = rows.next();
        }

        @Override
        public void ok(OkResult ok, boolean moreResults) {
        }

        @Override
        public void error(SqlException e) {
            error = e;
        }

        @Override
        public void close() {
            session.close();
        }
    }
}
