package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoded-row cache behind snapshot scans must never change what a statement sees: every case below reads
 * through it after a change another session or transaction made (or has not yet committed).
 */
class TableCacheTest {
    @TempDir
    Path dir;

    private static String sum(TestSession s) {
        return s.run("SELECT COUNT(*), COALESCE(SUM(n), 0) FROM d.t").get(1);
    }

    @Test
    void repeatedScansAreServedFromTheCacheAndSeeEveryCommittedChange() {
        try (TestSession s = new TestSession(dir)) {
            s.run("CREATE DATABASE d");
            s.run("CREATE TABLE d.t (n INT PRIMARY KEY)");
            s.run("INSERT INTO d.t VALUES (1), (2), (3)");
            var caches = ((SessionImpl) s.session).engine.tableCaches();
            assertThat(sum(s)).isEqualTo("3\t6");
            long before = caches.hits();
            assertThat(sum(s)).isEqualTo("3\t6");
            assertThat(caches.hits()).isEqualTo(before + 1);
            s.run("INSERT INTO d.t VALUES (10)");
            assertThat(sum(s)).isEqualTo("4\t16");
            s.run("UPDATE d.t SET n = n + 100 WHERE n = 10");
            assertThat(sum(s)).isEqualTo("4\t116");
            s.run("DELETE FROM d.t WHERE n = 1");
            assertThat(sum(s)).isEqualTo("3\t115");
            s.run("TRUNCATE TABLE d.t");
            assertThat(sum(s)).isEqualTo("0\t0");
            s.run("INSERT INTO d.t VALUES (5)");
            s.run("ALTER TABLE d.t ADD COLUMN m INT DEFAULT 7");
            assertThat(s.run("SELECT n, m FROM d.t")).containsExactly("n\tm", "5\t7");
        }
    }

    @Test
    void uncommittedAndRolledBackWritesOfAnotherSessionStayInvisible() {
        try (TestSession a = new TestSession(dir)) {
            a.run("CREATE DATABASE d");
            a.run("CREATE TABLE d.t (n INT PRIMARY KEY)");
            a.run("INSERT INTO d.t VALUES (1), (2)");
            SessionImpl impl = (SessionImpl) a.session;
            try (Session other = impl.engine.open(impl.engine.nextConnectionId(), new ClientInfo(
                    new io.sprocket.engine.security.AccountName("root", "localhost"),
                    io.sprocket.engine.security.AccountName.ROOT, null, true, true, false, 255))) {
                TestSession b = new TestSession(a.engine, other);
                assertThat(sum(b)).isEqualTo("2\t3");
                assertThat(sum(b)).isEqualTo("2\t3"); // cached now
                a.run("BEGIN");
                a.run("INSERT INTO d.t VALUES (100)");
                assertThat(sum(b)).isEqualTo("2\t3");   // not yet committed
                assertThat(sum(a)).isEqualTo("3\t103"); // its own write, inside its transaction
                a.run("ROLLBACK");
                assertThat(sum(b)).isEqualTo("2\t3");
                a.run("BEGIN");
                a.run("INSERT INTO d.t VALUES (7)");
                a.run("COMMIT");
                assertThat(sum(b)).isEqualTo("3\t10");
                // a REPEATABLE READ transaction keeps its snapshot even though the cache has newer rows
                b.run("START TRANSACTION WITH CONSISTENT SNAPSHOT");
                assertThat(sum(b)).isEqualTo("3\t10");
                a.run("INSERT INTO d.t VALUES (20)");
                assertThat(sum(a)).isEqualTo("4\t30");
                assertThat(sum(a)).isEqualTo("4\t30");
                assertThat(sum(b)).isEqualTo("3\t10");
                b.run("COMMIT");
                assertThat(sum(b)).isEqualTo("4\t30");
            }
        }
    }
}
