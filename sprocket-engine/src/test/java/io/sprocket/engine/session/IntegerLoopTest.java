package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.engine.security.AccountName;
import io.sprocket.sql.ast.RoutineKind;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integer loop trees (routine/IntegerLoops): which loops get one (the listing marks them), that a loop stops at
 * the statement the ordinary code must decide and resumes there, and that KILL QUERY stops a loop that never
 * ends. The values themselves are checked against MariaDB by the conformance corpus (routines/integer_loops.test).
 */
class IntegerLoopTest {
    @TempDir
    Path dir;


    private static String listing(TestSession s, String name) {
        RoutineDef def = ((SessionImpl) s.session).engine.catalog().routine("d", RoutineKind.PROCEDURE, name);
        return Routines.program((SessionImpl) s.session, def).listing();
    }

    @Test
    void outermostQualifyingLoopIsMarkedAndLoopsWithSqlAreNot() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE PROCEDURE nested(IN n INT)\nBEGIN\n  DECLARE i, j INT DEFAULT 0;\n  DECLARE s BIGINT DEFAULT 0;\n"
                    + "  o: WHILE i < n DO\n    SET i = i + 1, j = 0;\n"
                    + "    r: REPEAT SET j = j + 1; IF j % 2 = 0 THEN ITERATE r; END IF; SET s = s + i * j;"
                    + " UNTIL j >= i END REPEAT r;\n    IF s > 1000 THEN LEAVE o; END IF;\n  END WHILE o;\n  SELECT i, j, s;\nEND");
            assertThat(listing(s, "nested")).contains("3\tjump_if_not 16(16) (`i` < `n`)\t[integer loop 3..15]")
                    .containsOnlyOnce("[integer loop");
            assertThat(s.run("CALL nested(100)")).containsExactly("i\tj\ts", "10\t11\t1095", "ok 0");

            s.run("CREATE TABLE t (n INT)");
            s.run("CREATE PROCEDURE with_sql()\nBEGIN\n  DECLARE i INT DEFAULT 0;\n"
                    + "  WHILE i < 3 DO SET i = i + 1; INSERT INTO t VALUES (i); END WHILE;\nEND");
            assertThat(listing(s, "with_sql")).doesNotContain("[integer loop");
            // a variable that is not a signed integer keeps the loop on the ordinary path
            s.run("CREATE PROCEDURE dec_loop()\nBEGIN\n  DECLARE i DECIMAL(5,1) DEFAULT 0;\n"
                    + "  WHILE i < 3 DO SET i = i + 1; END WHILE;\nEND");
            assertThat(listing(s, "dec_loop")).doesNotContain("[integer loop");
        }
    }

    @Test
    void overflowStopsAtItsStatementAndAContinueHandlerResumesTheLoop() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE PROCEDURE p()\nBEGIN\n  DECLARE i, k, h INT DEFAULT 0;\n  DECLARE x BIGINT DEFAULT 1000;\n"
                    + "  DECLARE CONTINUE HANDLER FOR 1690 SET h = h + 1;\n"
                    + "  WHILE i < 5 DO SET i = i + 1; SET x = x * 1000000; SET k = k + 1; END WHILE;\n"
                    + "  SELECT i, k, h, x;\nEND");
            assertThat(listing(s, "p")).contains("[integer loop");
            // x: 1e9, 1e15, then 1e21 overflows on the third iteration: the failed SET leaves x NULL (as MySQL and
            // MariaDB do), so later iterations compute NULL without error; the loop and k carry on
            assertThat(s.run("CALL p()")).containsExactly("i\tk\th\tx", "5\t5\t1\tNULL", "ok 0");
            s.run("CREATE PROCEDURE q()\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  DECLARE x BIGINT DEFAULT 1;\n"
                    + "  WHILE x * 3 > 0 DO SET x = x * 2; SET i = i + 1; END WHILE;\nEND");
            assertThat(s.run("CALL q()")).containsExactly(
                    "error 1690 BIGINT value is out of range in '(x@1 * 3)'");
        }
    }

    @Test
    void killQueryStopsALoopThatNeverEnds() throws Exception {
        try (TestSession a = TestSession.withDatabase(dir)) {
            a.run("CREATE PROCEDURE forever()\nBEGIN\n  DECLARE i BIGINT DEFAULT 0;\n"
                    + "  WHILE 1 = 1 DO SET i = (i + 1) % 1000; END WHILE;\nEND");
            assertThat(listing(a, "forever")).contains("[integer loop");
            SessionImpl impl = (SessionImpl) a.session;
            long id = impl.connectionId();
            CompletableFuture<List<String>> call = CompletableFuture.supplyAsync(() -> a.run("CALL forever()"));
            Thread.sleep(200);
            try (var other = impl.engine.open(impl.engine.nextConnectionId(), new ClientInfo(
                    new AccountName("root", "localhost"), AccountName.ROOT, null, true, true, false, 255))) {
                TestSession b = new TestSession(a.engine, other);
                assertThat(b.run("KILL QUERY " + id)).containsExactly("ok 0");
            }
            assertThat(call.get(10, TimeUnit.SECONDS)).containsExactly("error 1317 Query execution was interrupted");
            assertThat(a.run("SELECT 1")).containsExactly("1", "1");
        }
    }
}
