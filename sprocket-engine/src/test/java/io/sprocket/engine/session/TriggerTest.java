package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Triggers in the engine: firing order (timing, then ACTION_ORDER as FOLLOWS / PRECEDES placed them), what NEW and
 * OLD hold, definitions surviving a restart with their order and creation settings, and recompilation after the
 * table changes. The conformance files under triggers/ hold the oracle-checked behaviour.
 */
class TriggerTest {
    @TempDir
    Path dir;

    @Test
    void firesBeforeThenAfterInActionOrder() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE TABLE t (a INT)");
            s.run("CREATE TRIGGER b1 BEFORE INSERT ON t FOR EACH ROW SET @o = CONCAT(@o, 'b1')");
            s.run("CREATE TRIGGER a1 AFTER INSERT ON t FOR EACH ROW SET @o = CONCAT(@o, 'a1')");
            s.run("CREATE TRIGGER b2 BEFORE INSERT ON t FOR EACH ROW PRECEDES b1 SET @o = CONCAT(@o, 'b2')");
            s.run("CREATE TRIGGER b3 BEFORE INSERT ON t FOR EACH ROW FOLLOWS b2 SET @o = CONCAT(@o, 'b3')");
            s.run("CREATE TRIGGER b4 BEFORE INSERT ON t FOR EACH ROW SET @o = CONCAT(@o, 'b4')");
            s.run("SET @o = ''");
            assertThat(s.run("INSERT INTO t VALUES (1), (2)")).containsExactly("ok 2 Records: 2  Duplicates: 0  Warnings: 0");
            assertThat(s.run("SELECT @o")).containsExactly("@o", "b2b3b1b4a1b2b3b1b4a1");
            assertThat(s.run("SELECT TRIGGER_NAME, ACTION_ORDER FROM information_schema.TRIGGERS "
                    + "WHERE ACTION_TIMING = 'BEFORE' ORDER BY ACTION_ORDER"))
                    .containsExactly("TRIGGER_NAME\tACTION_ORDER", "b2\t1", "b3\t2", "b1\t3", "b4\t4");
            // dropping one closes the gap
            s.run("DROP TRIGGER b3");
            s.run("SET @o = ''");
            s.run("INSERT INTO t VALUES (3)");
            assertThat(s.run("SELECT @o")).containsExactly("@o", "b2b1b4a1");
            assertThat(s.run("SELECT GROUP_CONCAT(ACTION_ORDER ORDER BY ACTION_ORDER) FROM information_schema.TRIGGERS "
                    + "WHERE ACTION_TIMING = 'BEFORE'")).last().isEqualTo("1,2,3");
        }
    }

    @Test
    void newAndOldRowsAndTheRowWritten() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(5) NOT NULL, n INT DEFAULT 7)");
            s.run("CREATE TRIGGER bi BEFORE INSERT ON t FOR EACH ROW BEGIN "
                    + "SET @seen = CONCAT_WS(',', NEW.id, NEW.v, NEW.n); SET NEW.v = IFNULL(NEW.v, 'dflt'); END");
            s.run("CREATE TRIGGER bu BEFORE UPDATE ON t FOR EACH ROW SET NEW.n = OLD.n * 100 + NEW.n");
            s.run("CREATE TRIGGER ad AFTER DELETE ON t FOR EACH ROW SET @gone = CONCAT_WS(',', OLD.id, OLD.v, OLD.n)");
            s.run("INSERT INTO t (v) VALUES (NULL)");
            assertThat(s.run("SELECT @seen")).containsExactly("@seen", "0,7");
            s.run("UPDATE t SET n = 3");
            assertThat(s.run("SELECT id, v, n FROM t")).containsExactly("id\tv\tn", "1\tdflt\t703");
            s.run("DELETE FROM t");
            assertThat(s.run("SELECT @gone")).containsExactly("@gone", "1,dflt,703");
        }
    }

    @Test
    void definitionsSurviveRestartAndFollowTableChanges() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE TABLE t (a INT)");
            s.run("SET sql_mode = ''");
            s.run("CREATE TRIGGER b1 BEFORE INSERT ON t FOR EACH ROW SET NEW.a = NEW.a + 1");
            s.run("SET sql_mode = DEFAULT");
            s.run("CREATE TRIGGER b0 BEFORE INSERT ON t FOR EACH ROW PRECEDES b1 SET NEW.a = NEW.a * 10");
        }
        try (TestSession s = new TestSession(dir)) {
            s.run("USE d");
            assertThat(s.run("SELECT TRIGGER_NAME, ACTION_ORDER, SQL_MODE FROM information_schema.TRIGGERS ORDER BY 2"))
                    .containsExactly("TRIGGER_NAME\tACTION_ORDER\tSQL_MODE", "b0\t1\t"
                            + "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
                            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION", "b1\t2\t");
            s.run("INSERT INTO t VALUES (1)");
            assertThat(s.run("SELECT a FROM t")).containsExactly("a", "11");
            // a new column moves nothing the trigger sees; a column it uses that is gone is 1054 when it fires
            s.run("ALTER TABLE t ADD COLUMN z INT FIRST");
            s.run("INSERT INTO t (a) VALUES (2)");
            assertThat(s.run("SELECT a FROM t ORDER BY a")).containsExactly("a", "11", "21");
            s.run("ALTER TABLE t DROP COLUMN a, ADD COLUMN b INT");
            assertThat(s.run("INSERT INTO t (b) VALUES (2)")).containsExactly("error 1054 Unknown column 'a' in 'NEW'");
            s.run("RENAME TABLE t TO u");
            s.run("DROP TABLE u");
            assertThat(s.run("SELECT COUNT(*) FROM information_schema.TRIGGERS")).containsExactly("COUNT(*)", "0");
        }
        try (TestSession s = new TestSession(dir)) {
            assertThat(s.run("SELECT COUNT(*) FROM information_schema.TRIGGERS")).containsExactly("COUNT(*)", "0");
        }
    }
}
