package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.security.AccountName;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Views in the engine: the stored definition survives a restart (key space 0x08, parsed again on load), the
 * canonical text qualifies what the SELECT names, and a cached plan of a query over a view is checked again when
 * privileges change. The behaviour against the oracle is in conformance/views/*.test.
 */
class ViewTest {
    @TempDir
    Path dir;

    @Test
    void definitionSurvivesARestart() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE TABLE t (a INT, b VARCHAR(5))");
            s.run("INSERT INTO t VALUES (1, 'x'), (2, 'y')");
            assertThat(s.run("CREATE SQL SECURITY INVOKER VIEW v (p, q) AS SELECT a, CONCAT(b, '!') FROM t WHERE a > 1 "
                    + "WITH LOCAL CHECK OPTION")).containsExactly("ok 0");
        }
        try (TestSession s = new TestSession(dir)) {
            s.run("USE d");
            assertThat(s.run("SELECT * FROM v")).containsExactly("p\tq", "2\ty!");
            assertThat(s.run("SELECT VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE, IS_UPDATABLE FROM information_schema.VIEWS"))
                    .containsExactly("VIEW_DEFINITION\tCHECK_OPTION\tSECURITY_TYPE\tIS_UPDATABLE",
                            "select `d`.`t`.`a` AS `a`,concat(`d`.`t`.`b`,_utf8mb4'!') AS `CONCAT(b, '!')` from `d`.`t` "
                                    + "where (`d`.`t`.`a` > 1)\tLOCAL\tINVOKER\tYES");
            assertThat(s.run("SHOW FULL TABLES")).containsExactly("Tables_in_d\tTable_type", "t\tBASE TABLE", "v\tVIEW");
        }
    }

    @Test
    void canonicalTextQualifiesJoinsSubqueriesAndStar() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE TABLE t (a INT, b INT)");
            s.run("CREATE TABLE u (a INT, c INT)");
            s.run("CREATE VIEW v AS SELECT x.*, c, (SELECT MAX(b) FROM t) AS m FROM t x JOIN u ON x.a = u.a");
            assertThat(s.run("SHOW CREATE VIEW v").get(1)).contains("VIEW `v` AS select `x`.`a` AS `a`,`x`.`b` AS `b`,"
                    + "`u`.`c` AS `c`,(select max(`t`.`b`) from `t`) AS `m` from (`t` `x` join `u` on((`x`.`a` = `u`.`a`)))\t");
            // a column added later is not part of the view
            s.run("ALTER TABLE t ADD COLUMN z INT");
            assertThat(s.run("SELECT * FROM v").get(0)).isEqualTo("a\tb\tc\tm");
        }
    }

    @Test
    void cachedPlanOverAViewIsCheckedAgainAfterARevoke() {
        try (TestSession root = TestSession.withDatabase(dir)) {
            root.run("CREATE TABLE t (a INT)");
            root.run("INSERT INTO t VALUES (7)");
            root.run("CREATE USER 'o'@'%'");
            root.run("CREATE USER 'r'@'%'");
            root.run("GRANT SELECT ON d.t TO 'o'@'%'");
            root.run("CREATE DEFINER = 'o'@'%' VIEW v AS SELECT a FROM t");
            root.run("GRANT SELECT ON d.v TO 'r'@'%'");
            Session session = root.engine.open(root.engine.nextConnectionId(), new ClientInfo(
                    new AccountName("r", "localhost"), new AccountName("r", "%"), null, true, true, false, 255));
            try (TestSession r = new TestSession(root.engine, session)) {
                assertThat(r.run("SELECT a FROM d.v")).containsExactly("a", "7");
                assertThat(r.run("SELECT CURRENT_USER()").get(1)).isEqualTo("r@%");
                root.run("REVOKE SELECT ON d.t FROM 'o'@'%'");
                assertThat(r.run("SELECT a FROM d.v")).containsExactly("error 1356 View 'd.v' references invalid table(s) "
                        + "or column(s) or function(s) or definer/invoker of view lack rights to use them");
                root.run("GRANT SELECT ON d.t TO 'o'@'%'");
                assertThat(r.run("SELECT a FROM d.v")).containsExactly("a", "7");
                root.run("DROP USER 'o'@'%'");
                assertThat(r.run("SELECT a FROM d.v"))
                        .containsExactly("error 1449 The user specified as a definer ('o'@'%') does not exist");
            }
        }
    }

    @Test
    void updateThroughANestedViewWritesTheTable() {
        try (TestSession s = TestSession.withDatabase(dir)) {
            s.run("CREATE TABLE t (id INT PRIMARY KEY, n INT)");
            s.run("INSERT INTO t VALUES (1, 1), (2, 2), (3, 3)");
            s.run("CREATE VIEW v1 AS SELECT id, n AS m FROM t WHERE n > 1");
            s.run("CREATE VIEW v2 (k, val) AS SELECT id, m FROM v1 WHERE id < 3 WITH CASCADED CHECK OPTION");
            assertThat(s.run("UPDATE v2 SET val = val + 10")).containsExactly("ok 1 Rows matched: 1  Changed: 1  Warnings: 0");
            assertThat(s.run("SELECT n FROM t ORDER BY id")).containsExactly("n", "1", "12", "3");
            assertThat(s.run("UPDATE v2 SET val = 0")).containsExactly("error 1369 CHECK OPTION failed 'd.v2'");
            assertThat(s.run("INSERT INTO v2 VALUES (9, 5)")).containsExactly("error 1369 CHECK OPTION failed 'd.v2'");
            assertThat(s.run("INSERT INTO v2 VALUES (0, 5)")).containsExactly("ok 1");
            assertThat(s.run("DELETE FROM v2 WHERE k = 0")).containsExactly("ok 1");
            assertThat(s.run("SELECT COUNT(*) FROM t")).containsExactly("COUNT(*)", "3");
        }
    }
}
