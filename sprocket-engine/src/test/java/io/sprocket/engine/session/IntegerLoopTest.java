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
    void functionsWhoseWholeBodyIsIntegerWorkGetAnIntegerBody() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE FUNCTION f_lin(n INT) RETURNS BIGINT DETERMINISTIC RETURN n * 2 + 1");
            s.run("CREATE FUNCTION f_gcd(a BIGINT, b BIGINT) RETURNS BIGINT DETERMINISTIC\nBEGIN\n"
                    + "  DECLARE t BIGINT DEFAULT 0;\n  l: LOOP IF b = 0 THEN LEAVE l; END IF; SET t = a % b, a = b, b = t;"
                    + " END LOOP l;\n  RETURN a;\nEND");
            s.run("CREATE FUNCTION f_half(n INT) RETURNS INT DETERMINISTIC\nBEGIN\n  b: BEGIN DECLARE h INT DEFAULT n DIV 2;"
                    + " IF h > 10 THEN LEAVE b; END IF; RETURN h; END b;\n  RETURN -1;\nEND");
            // not integer work: a variable that starts NULL, a string, a SQL statement
            s.run("CREATE FUNCTION f_unset(n INT) RETURNS INT DETERMINISTIC BEGIN DECLARE r INT; SET r = n; RETURN r; END");
            s.run("CREATE FUNCTION f_str(n INT) RETURNS VARCHAR(10) DETERMINISTIC RETURN n");
            s.run("CREATE FUNCTION f_sql(n INT) RETURNS INT DETERMINISTIC RETURN (SELECT n + 1)");
            for (String f : new String[]{"f_lin", "f_gcd", "f_half"}) {
                assertThat(functionListing(s, f)).as(f).startsWith("function d." + f + " frame=").contains("[integer body]");
            }
            for (String f : new String[]{"f_unset", "f_str", "f_sql"}) {
                assertThat(functionListing(s, f)).as(f).doesNotContain("[integer body]");
            }
            assertThat(s.run("SELECT f_lin(20), f_gcd(48, 18), f_half(9), f_half(30), f_half(NULL), f_lin('4')"))
                    .containsExactly("f_lin(20)\tf_gcd(48, 18)\tf_half(9)\tf_half(30)\tf_half(NULL)\tf_lin('4')",
                            "41\t6\t4\t-1\tNULL\t9");
        }
    }

    private static String functionListing(TestSession s, String name) {
        RoutineDef def = ((SessionImpl) s.session).engine.catalog().routine("d", RoutineKind.FUNCTION, name);
        return Routines.program((SessionImpl) s.session, def).listing();
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
