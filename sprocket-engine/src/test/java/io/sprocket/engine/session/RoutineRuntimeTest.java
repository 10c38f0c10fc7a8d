package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.sql.ast.RoutineKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routine compiler and interpreter through a session: the compiled program's listing, handler scope and
 * precedence, cursors, OUT parameters into the caller's variables, and the plan of a statement in a loop being
 * compiled once. Expectations checked against MariaDB 10.11 (the conformance corpus covers the rest).
 */
class RoutineRuntimeTest {
    @TempDir
    Path dir;


    @Test
    void compiledProgramListsSlotsJumpsAndHandlers() {
        // ITERATE and the end of the IF branch are threaded straight to the loop test (2); a CONTINUE handler for a
        // condition raised by the IF's test resumes after the IF (7).
        try (TestSession s = TestSession.withDatabase(dir)) {
            assertThat(s.run("CREATE PROCEDURE loop_if(IN cnt INT)\nBEGIN\n  DECLARE i INT DEFAULT 0;\n"
                    + "  DECLARE CONTINUE HANDLER FOR SQLSTATE '22003' SET i = cnt;\n"
                    + "  WHILE i < cnt DO\n    SET i = i + 1;\n    IF i % 3 = 0 THEN ITERATE; END IF;\n  END WHILE;\nEND"))
                    .containsExactly("error 1064 You have an error in your SQL syntax; check the manual that corresponds"
                            + " to your MySQL server version for the right syntax to use near '; END IF;\n  END WHILE;\nEND' at line 7");
            s.run("CREATE PROCEDURE loop_if(IN cnt INT)\nBEGIN\n  DECLARE i INT DEFAULT 0;\n"
                    + "  DECLARE CONTINUE HANDLER FOR SQLSTATE '22003' SET i = cnt;\n"
                    + "  l: WHILE i < cnt DO\n    SET i = i + 1;\n    IF i % 3 = 0 THEN ITERATE l; END IF;\n  END WHILE l;\nEND");
            RoutineDef def = ((SessionImpl) s.session).engine.catalog().routine("d", RoutineKind.PROCEDURE, "loop_if");
            String listing = Routines.program((SessionImpl) s.session, def).listing();
            assertThat(listing).isEqualTo("""
                    procedure d.loop_if frame=2
                      slot 0 cnt int
                      slot 1 i int
                    0	set i@1 0
                    1	hpush #0 exit->9 [continue SQLSTATE '22003' -> 10]
                    2	jump_if_not 8(8) (`i` < `cnt`)	[integer loop 2..7]
                    3	set i@1 (`i` + 1)
                    4	jump_if_not 2(7) ((`i` % 3) = 0)
                    5	jump 2
                    6	jump 2
                    7	jump 2
                    8	jump 9 hpop_to 0
                    9	end
                    10	set i@1 `cnt`
                    11	hreturn continue
                    """);
        }
    }

    @Test
    void handlersAreChosenInnermostThenMostSpecific() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE PROCEDURE h()\nBEGIN\n  DECLARE r VARCHAR(20) DEFAULT '';\n"
                    + "  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET r = CONCAT(r, 'outer ');\n"
                    + "  BEGIN\n    DECLARE CONTINUE HANDLER FOR SQLSTATE '42S02' SET r = CONCAT(r, 'state ');\n"
                    + "    DECLARE CONTINUE HANDLER FOR 1146 SET r = CONCAT(r, 'errno ');\n"
                    + "    SELECT * FROM nope;\n  END;\n  SELECT * FROM nope;\n  SELECT r;\nEND");
            assertThat(s.run("CALL h()")).containsExactly("r", "errno outer ", "ok 0");
        }
    }

    @Test
    void exitHandlerLeavesItsBlockAndCursorsClose() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE TABLE t (n INT PRIMARY KEY)");
            s.run("INSERT INTO t VALUES (1), (2), (3)");
            s.run("CREATE PROCEDURE c(OUT total INT)\nBEGIN\n  DECLARE v INT;\n  DECLARE cur CURSOR FOR SELECT n FROM t ORDER BY n;\n"
                    + "  DECLARE EXIT HANDLER FOR NOT FOUND SET total = total + 100;\n  SET total = 0;\n  OPEN cur;\n"
                    + "  LOOP\n    FETCH cur INTO v;\n    SET total = total + v;\n  END LOOP;\nEND");
            assertThat(s.run("CALL c(@t)")).containsExactly("ok 0");
            assertThat(s.run("SELECT @t")).containsExactly("@t", "106");
            // the cursor was closed when the EXIT handler left the block: calling again opens it again
            assertThat(s.run("CALL c(@t)")).containsExactly("ok 0");
            assertThat(s.run("SELECT @t")).containsExactly("@t", "106");
        }
    }

    @Test
    void outParametersLandInTheCallersVariablesAndFunctionsComposeInQueries() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE PROCEDURE inner_p(IN a INT, OUT b INT, INOUT c INT) BEGIN SET b = a * 10; SET c = c + 1; END");
            s.run("CREATE PROCEDURE outer_p()\nBEGIN\n  DECLARE x INT;\n  DECLARE y INT DEFAULT 5;\n"
                    + "  CALL inner_p(2, x, y);\n  SELECT x, y;\nEND");
            assertThat(s.run("CALL outer_p()")).containsExactly("x\ty", "20\t6", "ok 0");
            s.run("CREATE FUNCTION twice(n INT) RETURNS BIGINT DETERMINISTIC RETURN n * 2");
            s.run("CREATE TABLE t (n INT PRIMARY KEY)");
            s.run("INSERT INTO t VALUES (1), (2), (3)");
            assertThat(s.run("SELECT SUM(twice(n)), twice(twice(2)) FROM t WHERE twice(n) > 2"))
                    .containsExactly("SUM(twice(n))\ttwice(twice(2))", "10\t8");
        }
    }

    @Test
    void aStatementInALoopIsPlannedOnce() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE TABLE t (n INT PRIMARY KEY)");
            s.run("INSERT INTO t VALUES (1), (2), (3)");
            s.run("CREATE PROCEDURE p()\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  DECLARE s INT DEFAULT 0;\n  DECLARE v INT;\n"
                    + "  WHILE i < 3 DO\n    SET i = i + 1;\n    SELECT n INTO v FROM t WHERE n = i;\n    SET s = s + v;\n"
                    + "  END WHILE;\n  SELECT s;\nEND");
            assertThat(s.run("CALL p()")).containsExactly("s", "6", "ok 0");
            SessionImpl impl = (SessionImpl) s.session;
            RoutineDef def = impl.engine.catalog().routine("d", RoutineKind.PROCEDURE, "p");
            var program = Routines.program(impl, def);
            Object plan = program.sqlSteps().get(0).cachedPlan;
            assertThat(plan).isNotNull();
            assertThat(s.run("CALL p()")).containsExactly("s", "6", "ok 0");
            assertThat(program.sqlSteps().get(0).cachedPlan).isSameAs(plan);
        }
    }

    @Test
    void fusedIntegerArithmeticFallsBackForNullOverflowAndZeroDivisor() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE FUNCTION ov() RETURNS BIGINT DETERMINISTIC\nBEGIN\n  DECLARE x BIGINT DEFAULT 9223372036854775806;\n"
                    + "  SET x = x + 1;\n  SET x = x + 1;\n  RETURN x;\nEND");
            // the generic path raises MySQL's overflow error (the column header went out before the row failed)
            assertThat(s.run("SELECT ov()")).last().asString().startsWith("error 1690 BIGINT value is out of range");
            s.run("CREATE FUNCTION nz(a INT) RETURNS BIGINT DETERMINISTIC\nBEGIN\n  DECLARE x INT;\n  DECLARE r BIGINT DEFAULT 0;\n"
                    + "  IF x < a THEN SET r = 100; END IF;\n  WHILE r < a DO SET r = r + 2; END WHILE;\n"
                    + "  IF a % 0 IS NULL THEN SET r = r * 10; END IF;\n  RETURN r - 1;\nEND");
            // x is NULL: the IF is not taken; the loop runs on longs; % 0 is NULL, not an error
            assertThat(s.run("SELECT nz(5), nz(-3)")).containsExactly("nz(5)\tnz(-3)", "59\t-1");
            // a deeper tree (n * 2 + 1) fused too, with the same fallbacks
            s.run("CREATE FUNCTION f(n BIGINT) RETURNS BIGINT DETERMINISTIC RETURN n * 2 + 1");
            assertThat(s.run("SELECT f(20), f(NULL), f(-5)")).containsExactly("f(20)\tf(NULL)\tf(-5)", "41\tNULL\t-9");
            assertThat(s.run("SELECT f(4611686018427387904)")).last().asString()
                    .startsWith("error 1690 BIGINT value is out of range");
        }
    }
}
