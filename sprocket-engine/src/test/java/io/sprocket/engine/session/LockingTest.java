package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.Engine;
import io.sprocket.engine.EngineConfig;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.security.AccountName;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row locks between two sessions: a lock wait that times out (1205) and a deadlock (1213). */
class LockingTest {
    @TempDir
    Path dir;

    /** Runs one statement; returns "ok" or "error <errno>". */
    private static String run(Session s, String sql) {
        String[] out = {"?"};
        s.execute(sql, new ResultSink() {
            @Override
            public void resultSet(List<ColumnMeta> columns, RowStream rows, boolean more) {
                while (rows.next() != null) {
                    // drain
                }
                out[0] = "rows";
            }

            @Override
            public void ok(OkResult ok, boolean more) {
                out[0] = "ok";
            }

            @Override
            public void error(SqlException error) {
                out[0] = "error " + error.errno();
            }
        });
        return out[0];
    }

    private static Session open(Engine engine) {
        return engine.open(engine.nextConnectionId(),
                new ClientInfo(AccountName.ROOT, AccountName.ROOT, null, true, true, false, 255));
    }

    @Test
    void lockWaitTimesOutAndDeadlockIsDetected() throws Exception {
        try (Engine engine = Engine.open(new EngineConfig(dir))) {
            Session a = open(engine), b = open(engine);
            run(a, "CREATE DATABASE lk");
            run(a, "CREATE TABLE lk.t (id INT PRIMARY KEY, v INT)");
            run(a, "INSERT INTO lk.t VALUES (1, 0), (2, 0)");

            // 1205: b waits for a's row lock longer than innodb_lock_wait_timeout.
            run(b, "SET innodb_lock_wait_timeout = 1");
            assertThat(run(a, "BEGIN")).isEqualTo("ok");
            assertThat(run(a, "UPDATE lk.t SET v = 1 WHERE id = 1")).isEqualTo("ok");
            assertThat(run(b, "BEGIN")).isEqualTo("ok");
            assertThat(run(b, "UPDATE lk.t SET v = 2 WHERE id = 1")).isEqualTo("error 1205");
            // The failed statement rolled back only itself: b's transaction goes on.
            assertThat(run(b, "UPDATE lk.t SET v = 2 WHERE id = 2")).isEqualTo("ok");

            // 1213: a now wants b's row while b wants a's row.
            run(b, "SET innodb_lock_wait_timeout = 20");
            CompletableFuture<String> aWaits = CompletableFuture.supplyAsync(() -> run(a, "UPDATE lk.t SET v = 3 WHERE id = 2"));
            Thread.sleep(300);
            String bResult = run(b, "UPDATE lk.t SET v = 4 WHERE id = 1");
            String aResult = aWaits.get(30, TimeUnit.SECONDS);
            assertThat(List.of(aResult, bResult)).contains("error 1213");
            assertThat(List.of(aResult, bResult)).contains("ok");
            run(a, "COMMIT");
            run(b, "COMMIT");
            a.close();
            b.close();
        }
    }
}
