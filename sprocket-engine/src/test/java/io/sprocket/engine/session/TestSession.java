package io.sprocket.engine.session;

import io.sprocket.engine.Engine;
import io.sprocket.engine.EngineConfig;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.result.WireValues;
import io.sprocket.engine.security.AccountName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A session driven in-process for tests: results as text, the way the text protocol would send them. */
final class TestSession implements AutoCloseable {
    final Engine engine;
    final Session session;
    private final boolean ownsEngine;

    TestSession(Path dir) {
        engine = Engine.open(new EngineConfig(dir));
        session = engine.open(engine.nextConnectionId(),
                new ClientInfo(new AccountName("root", "localhost"), AccountName.ROOT, null, true, true, false, 255));
        ownsEngine = true;
    }

    /** A session on a fresh engine in {@code dir}, with database {@code d} created and current. */
    static TestSession withDatabase(Path dir) {
        TestSession s = new TestSession(dir);
        s.run("CREATE DATABASE d");
        s.run("USE d");
        return s;
    }

    /** A second session on an engine another TestSession owns (closing it closes only the session). */
    TestSession(Engine engine, Session session) {
        this.engine = engine;
        this.session = session;
        this.ownsEngine = false;
    }

    /** Runs {@code sql}; returns each result as lines: a result set as tab-separated rows, OK as "ok N info". */
    List<String> run(String sql) {
        List<String> out = new ArrayList<>();
        session.execute(sql, new ResultSink() {
            @Override
            public void resultSet(List<ColumnMeta> columns, RowStream rows, boolean more) {
                StringBuilder header = new StringBuilder();
                for (ColumnMeta c : columns) header.append(header.isEmpty() ? "" : "\t").append(c.name());
                out.add(header.toString());
                Object[] r;
                while ((r = rows.next()) != null) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < r.length; i++) {
                        if (i > 0) sb.append('\t');
                        sb.append(r[i] == null ? "NULL" : new String(WireValues.text(r[i], columns.get(i)), StandardCharsets.UTF_8));
                    }
                    out.add(sb.toString());
                }
            }

            @Override
            public void ok(OkResult ok, boolean more) {
                out.add("ok " + ok.affectedRows() + (ok.info().isEmpty() ? "" : " " + ok.info()));
            }

            @Override
            public void error(SqlException error) {
                out.add("error " + error.errno() + " " + error.getMessage());
            }
        });
        return out;
    }

    @Override
    public void close() {
        session.close();
        if (ownsEngine) engine.close();
    }
}
