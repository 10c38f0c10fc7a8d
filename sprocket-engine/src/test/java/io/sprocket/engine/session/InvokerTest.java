package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.security.AccountName;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invoker's identity switches as a client sees them: definer context and back on every path (normal return,
 * an error several levels down), privileges of the definer read at each execution, orphans (1449), and the
 * opt-in single-security-group rule (1384). The conformance corpus (security/*.test) holds the oracle's records.
 */
class InvokerTest {
    @TempDir
    Path dir;

    private static TestSession as(TestSession root, String user) {
        var engine = root.engine;
        AccountName account = new AccountName(user, "%");
        var session = engine.open(engine.nextConnectionId(), new ClientInfo(new AccountName(user, "localhost"),
                account, null, true, true, false, 255));
        return new TestSession(engine, session);
    }

    private static TestSession setUp(Path dir) {
        TestSession root = new TestSession(dir);
        root.run("CREATE DATABASE d");
        root.run("CREATE TABLE d.t (id INT PRIMARY KEY, v INT)");
        root.run("INSERT INTO d.t VALUES (1, 10)");
        root.run("CREATE USER 'owner'@'%', 'caller'@'%'");
        root.run("GRANT SELECT, UPDATE, EXECUTE ON d.* TO 'owner'@'%'");
        root.run("GRANT EXECUTE ON d.* TO 'caller'@'%'");
        return root;
    }

    @Test
    void aDefinerRoutineRunsAsItsDefinerAndTheCallerIsBackAfterAnErrorDeepInside() {
        try (TestSession root = setUp(dir)) {
            root.run("CREATE DEFINER = 'owner'@'%' PROCEDURE d.fails() SQL SECURITY INVOKER"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'deep'");
            root.run("CREATE DEFINER = 'owner'@'%' PROCEDURE d.middle() BEGIN UPDATE d.t SET v = v + 1; CALL d.fails(); END");
            root.run("CREATE DEFINER = 'owner'@'%' PROCEDURE d.who() SELECT CURRENT_USER() AS cu, USER() AS u");
            try (TestSession caller = as(root, "caller")) {
                assertThat(caller.run("CALL d.who()")).containsExactly("cu\tu", "owner@%\tcaller@localhost", "ok 0");
                assertThat(caller.run("CALL d.middle()")).containsExactly("error 1644 deep");
                // the definer's UPDATE ran; the caller is itself again and may not read t
                assertThat(caller.run("SELECT CURRENT_USER()")).containsExactly("CURRENT_USER()", "caller@%");
                assertThat(caller.run("SELECT v FROM d.t")).containsExactly(
                        "error 1142 SELECT command denied to user 'caller'@'localhost' for table 't'");
                assertThat(root.run("SELECT v FROM d.t")).containsExactly("v", "11");
            }
        }
    }

    @Test
    void theDefinersPrivilegesAreReadAtEachExecution() {
        try (TestSession root = setUp(dir)) {
            root.run("CREATE DEFINER = 'owner'@'%' PROCEDURE d.bump() UPDATE d.t SET v = v + 1");
            try (TestSession caller = as(root, "caller")) {
                assertThat(caller.run("CALL d.bump()")).containsExactly("ok 1");
                root.run("REVOKE UPDATE ON d.* FROM 'owner'@'%'");
                assertThat(caller.run("CALL d.bump()")).containsExactly(
                        "error 1142 UPDATE command denied to user 'owner'@'%' for table 't'");
                root.run("GRANT UPDATE ON d.t TO 'owner'@'%'");
                assertThat(caller.run("CALL d.bump()")).containsExactly("ok 1");
                root.run("REVOKE EXECUTE ON d.* FROM 'owner'@'%'");
                assertThat(caller.run("CALL d.bump()")).containsExactly(
                        "error 1370 execute command denied to user 'owner'@'%' for routine 'd.bump'");
            }
        }
    }

    @Test
    void anOrphanDefinerRoutineFailsWith1449AndAnInvokerOneRuns() {
        try (TestSession root = setUp(dir)) {
            root.run("CREATE DEFINER = 'gone'@'%' PROCEDURE d.orphan() SELECT 1 AS one");
            root.run("CREATE DEFINER = 'gone'@'%' PROCEDURE d.orphan_inv() SQL SECURITY INVOKER SELECT 1 AS one");
            root.run("CREATE DEFINER = 'gone'@'%' FUNCTION d.f_orphan() RETURNS INT DETERMINISTIC RETURN 1");
            assertThat(root.run("CALL d.orphan()")).containsExactly(
                    "error 1449 The user specified as a definer ('gone'@'%') does not exist");
            assertThat(root.run("SELECT d.f_orphan()")).containsExactly("d.f_orphan()", // the error comes with the first row
                    "error 1449 The user specified as a definer ('gone'@'%') does not exist");
            assertThat(root.run("CALL d.orphan_inv()")).containsExactly("one", "1", "ok 0");
            // creating the account adopts them (with warning 4005, as root holds SET_USER_ID)
            root.run("CREATE USER 'gone'@'%'");
            root.run("GRANT EXECUTE ON d.* TO 'gone'@'%'");
            assertThat(root.run("CALL d.orphan()")).containsExactly("one", "1", "ok 0");
            assertThat(root.run("SELECT d.f_orphan()")).containsExactly("d.f_orphan()", "1");
        }
    }

    @Test
    void theSingleSecurityGroupRuleIsOffByDefaultAndStopsAMixedChainWhenOn() {
        try (TestSession root = setUp(dir)) {
            root.run("CREATE DEFINER = 'caller'@'%' PROCEDURE d.other() UPDATE d.t SET v = 0");
            root.run("CREATE DEFINER = 'owner'@'%' PROCEDURE d.chain() BEGIN UPDATE d.t SET v = 5; CALL d.other(); END");
            root.run("GRANT UPDATE ON d.t TO 'caller'@'%'");
            assertThat(root.run("CALL d.chain()")).containsExactly("ok 1");
            assertThat(root.run("SELECT v FROM d.t")).containsExactly("v", "0");
            root.run("SET sp_same_security_group = ON");
            assertThat(root.run("CALL d.chain()")).containsExactly("error 1384 Can't handle procedures with different groups yet");
            // the outer one ran up to the call, the inner one did not run
            assertThat(root.run("SELECT v FROM d.t")).containsExactly("v", "5");
            assertThat(root.run("SELECT CURRENT_USER()")).containsExactly("CURRENT_USER()", "root@localhost");
        }
    }
}
