package io.sprocket.conformance.backend;

import io.sprocket.conformance.format.ValueText;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.result.WireValues;
import io.sprocket.engine.session.Session;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One engine Session driven like a client would drive it. */
final class EngineConnection implements TargetConnection {
    /** A statement that takes longer is reported as a failure (and cancelled) instead of hanging the run. */
    private static final long TIMEOUT_SECONDS = 20;

    private final Session session;
    private final boolean prepared;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "conformance-engine-session");
        t.setDaemon(true);
        return t;
    });

    EngineConnection(Session session, boolean prepared) {
        this.session = session;
        this.prepared = prepared;
    }

    @Override
    public List<Actual> execute(String sql) {
        List<Actual> results = prepared ? runPrepared(sql) : run(sql);
        if (!results.isEmpty() && !(results.getLast() instanceof Actual.Failure) && !Statements.isDiagnostics(sql)) {
            int count;
            try {
                count = session.warningCount();
            } catch (RuntimeException e) {
                count = 0;
            }
            if (count > 0) {
                List<Actual> shown = run("SHOW WARNINGS");
                List<String> warnings = new ArrayList<>();
                if (!shown.isEmpty() && shown.getFirst() instanceof Actual.Rows rows) {
                    for (List<String> row : rows.rows()) {
                        warnings.add(String.join("\t", row.subList(0, Math.min(3, row.size()))));
                    }
                } else {
                    warnings.add("(SHOW WARNINGS failed: " + shown + ")");
                }
                results.set(results.size() - 1, results.getLast().withWarnings(warnings));
            }
        }
        return results;
    }

    /** --prepared: COM_STMT_PREPARE + COM_STMT_EXECUTE (no parameters) + COM_STMT_CLOSE, as a driver would. */
    private List<Actual> runPrepared(String sql) {
        return run(sql, collector -> {
            io.sprocket.engine.session.PreparedStatement statement;
            try {
                statement = session.prepare(sql);
            } catch (SqlException e) {
                collector.error(e);
                return;
            }
            try {
                session.execute(statement, new Object[0], collector);
            } finally {
                session.close(statement);
            }
        });
    }

    private List<Actual> run(String sql) {
        return run(sql, collector -> session.execute(sql, collector));
    }

    private List<Actual> run(String sql, java.util.function.Consumer<Collector> command) {
        Collector collector = new Collector();
        Future<?> future = runner.submit(() -> command.accept(collector));
        try {
            future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            session.cancel();
            future.cancel(true);
            collector.results.add(Actual.Failure.harness("engine: no answer within " + TIMEOUT_SECONDS + "s"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SqlException se) {
                collector.error(se);
            } else {
                collector.results.add(Actual.Failure.harness("engine threw " + cause));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            collector.results.add(Actual.Failure.harness("interrupted"));
        }
        return collector.results;
    }

    /** Renders what the session reports the way the text protocol would carry it. */
    private static final class Collector implements ResultSink {
        final List<Actual> results = new ArrayList<>();

        @Override
        public void resultSet(List<ColumnMeta> columns, RowStream rows, boolean moreResults) {
            List<Actual.Column> labels = new ArrayList<>(columns.size());
            for (ColumnMeta column : columns) labels.add(new Actual.Column(column.name(), TypeLetters.of(column)));
            List<List<String>> rendered = new ArrayList<>();
            try {
                for (Object[] row = rows.next(); row != null; row = rows.next()) {
                    List<String> values = new ArrayList<>(row.length);
                    for (int i = 0; i < row.length; i++) {
                        values.add(render(row[i], columns.get(i), labels.get(i).type()));
                    }
                    rendered.add(values);
                }
            } catch (SqlException e) {
                // an error while rows stream (e.g. a subquery returning more than one row) replaces the result
                error(e);
                return;
            }
            results.add(new Actual.Rows(labels, rendered, List.of()));
        }

        @Override
        public void ok(OkResult ok, boolean moreResults) {
            results.add(new Actual.Ok(ok.affectedRows(), ok.info() == null ? "" : ok.info(), List.of()));
        }

        @Override
        public void error(SqlException error) {
            results.add(new Actual.Failure(error.errno(), error.sqlState(), error.getMessage()));
        }

        private static String render(Object value, ColumnMeta column, char type) {
            if (value == null) return ValueText.NULL;
            byte[] text = WireValues.text(value, column);
            return type == 'B' ? ValueText.binary(text) : ValueText.text(new String(text, StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (Exception e) {
            // the session is gone either way
        } finally {
            runner.shutdownNow();
        }
    }
}
