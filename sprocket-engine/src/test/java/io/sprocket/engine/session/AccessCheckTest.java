package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.GrantStore;
import io.sprocket.engine.security.Grants;
import io.sprocket.engine.security.PasswordHashes;
import io.sprocket.engine.security.Privilege;
import io.sprocket.engine.security.PrivilegeSet;
import io.sprocket.engine.security.StoredAccount;
import io.sprocket.sql.ast.RoutineKind;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access checks statements make, for an account other than root, with grants written straight into the grant
 * tables: USE (1044), reading and changing tables (1142), CALL and stored functions (1370), creating, altering and
 * dropping routines (1044 / 1370), and automatic_sp_privileges. Messages as MySQL 8.0 words them; the conformance
 * corpus checks them through GRANT and named connections.
 */
class AccessCheckTest {
    @TempDir
    Path dir;

    private static final AccountName U = new AccountName("u", "%");

    private static void grant(TestSession root, UnaryOperator<Grants> change) {
        var engine = root.engine;
        try (var txn = engine.store().begin()) {
            Grants before = engine.grants();
            Grants after = change.apply(before);
            GrantStore.write(txn, before, after);
            txn.commit();
            engine.publishGrants(after);
        }
    }

    private static TestSession as(TestSession root, AccountName account) {
        var engine = root.engine;
        var session = engine.open(engine.nextConnectionId(), new ClientInfo(new AccountName(account.user(), "localhost"),
                account, null, true, true, false, 255));
        return new TestSession(engine, session);
    }

    private static TestSession rootWithUser(Path dir) {
        TestSession root = new TestSession(dir);
        root.run("CREATE DATABASE d");
        root.run("CREATE TABLE d.t (id INT PRIMARY KEY, v INT)");
        root.run("INSERT INTO d.t VALUES (1, 10), (2, 20)");
        root.run("CREATE PROCEDURE d.p() SELECT 1 AS one");
        root.run("CREATE FUNCTION d.f() RETURNS INT RETURN 7");
        try (var txn = root.engine.store().begin()) {
            root.engine.accountStore().put(txn, new StoredAccount(U, PasswordHashes.CACHING_SHA2_PLUGIN, "", false));
            txn.commit();
        }
        return root;
    }

    @Test
    void withoutGrantsEverythingIsDeniedWithMysqlsErrors() {
        try (TestSession root = rootWithUser(dir); TestSession u = as(root, U)) {
            assertThat(u.run("USE d")).containsExactly("error 1044 Access denied for user 'u'@'%' to database 'd'");
            assertThat(u.run("SELECT * FROM d.t")).containsExactly("error 1142 SELECT command denied to user 'u'@'localhost' for table 't'");
            // the privilege is checked before the table's existence
            assertThat(u.run("SELECT * FROM d.nope")).containsExactly("error 1142 SELECT command denied to user 'u'@'localhost' for table 'nope'");
            assertThat(u.run("INSERT INTO d.t VALUES (3, 30)")).containsExactly("error 1142 INSERT command denied to user 'u'@'localhost' for table 't'");
            assertThat(u.run("CALL d.p()")).containsExactly("error 1370 execute command denied to user 'u'@'%' for routine 'd.p'");
            assertThat(u.run("SELECT d.f()")).containsExactly("error 1370 execute command denied to user 'u'@'%' for routine 'd.f'");
            assertThat(u.run("CREATE PROCEDURE d.q() SELECT 1")).containsExactly("error 1044 Access denied for user 'u'@'%' to database 'd'");
            assertThat(u.run("DROP PROCEDURE d.p")).containsExactly("error 1370 alter routine command denied to user 'u'@'%' for routine 'd.p'");
            assertThat(u.run("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'information_schema'")).containsExactly("COUNT(*)", "1");
        }
    }

    @Test
    void grantsAtEachLevelAllowAndTheDatabaseInUseSeesThemAtTheNextUse() {
        try (TestSession root = rootWithUser(dir); TestSession u = as(root, U)) {
            grant(root, g -> g.grantTable(U, "d", "t", PrivilegeSet.of(Privilege.SELECT)));
            assertThat(u.run("USE d")).containsExactly("ok 0");
            assertThat(u.run("SELECT SUM(v) FROM t")).containsExactly("SUM(v)", "30");
            assertThat(u.run("UPDATE t SET v = 0")).containsExactly("error 1142 UPDATE command denied to user 'u'@'localhost' for table 't'");
            grant(root, g -> g.grantDatabase(U, "d", PrivilegeSet.of(Privilege.UPDATE, Privilege.EXECUTE)));
            // The database in use keeps the privileges read at USE until the next USE (8.2.13)
            assertThat(u.run("UPDATE t SET v = 0")).containsExactly("error 1142 UPDATE command denied to user 'u'@'localhost' for table 't'");
            assertThat(u.run("USE d")).containsExactly("ok 0");
            assertThat(u.run("UPDATE t SET v = v + 1 WHERE id = 1")).containsExactly("ok 1 Rows matched: 1  Changed: 1  Warnings: 0");
            assertThat(u.run("CALL p()")).containsExactly("one", "1", "ok 0");
            assertThat(u.run("SELECT f()")).containsExactly("f()", "7");
            grant(root, g -> g.revokeDatabase(U, "d", PrivilegeSet.of(Privilege.EXECUTE)));
            assertThat(u.run("CALL p()")).containsExactly("one", "1", "ok 0");
            assertThat(u.run("USE d")).containsExactly("ok 0");
            assertThat(u.run("CALL p()")).containsExactly("error 1370 execute command denied to user 'u'@'%' for routine 'd.p'");
        }
    }

    @Test
    void columnGrantsAllowTheirColumnsOnly() {
        try (TestSession root = rootWithUser(dir); TestSession u = as(root, U)) {
            grant(root, g -> g.grantColumn(U, "d", "t", "id", PrivilegeSet.of(Privilege.SELECT))
                    .grantColumn(U, "d", "t", "v", PrivilegeSet.of(Privilege.UPDATE)));
            assertThat(u.run("SELECT id FROM d.t ORDER BY id")).containsExactly("id", "1", "2");
            assertThat(u.run("SELECT v FROM d.t")).containsExactly(
                    "error 1143 SELECT command denied to user 'u'@'localhost' for column 'v' in table 't'");
            // SELECT * needs every column: the table as a whole is refused
            assertThat(u.run("SELECT * FROM d.t")).containsExactly(
                    "error 1142 SELECT command denied to user 'u'@'localhost' for table 't'");
            assertThat(u.run("UPDATE d.t SET v = 5 WHERE id = 1")).containsExactly("ok 1 Rows matched: 1  Changed: 1  Warnings: 0");
            assertThat(u.run("UPDATE d.t SET id = 5")).containsExactly(
                    "error 1143 UPDATE command denied to user 'u'@'localhost' for column 'id' in table 't'");
        }
    }

    @Test
    void anExpiredPasswordAllowsOnlyResettingItUntilItIsReset() {
        try (TestSession root = rootWithUser(dir)) {
            root.run("CREATE USER 'x'@'%' IDENTIFIED BY 'old' PASSWORD EXPIRE");
            root.run("GRANT SELECT ON d.* TO 'x'@'%'");
            try (TestSession x = as(root, new AccountName("x", "%"))) {
                assertThat(x.run("SELECT 1")).containsExactly("error 1820 You must reset your password using ALTER USER"
                        + " statement before executing this statement.");
                assertThat(x.run("SET @a = 1")).containsExactly("ok 0");
                assertThat(x.run("ALTER USER USER() IDENTIFIED BY 'new'")).containsExactly("ok 0");
                assertThat(x.run("SELECT COUNT(*) FROM d.t")).containsExactly("COUNT(*)", "2");
            }
        }
    }

    @Test
    void theCreatorOfARoutineGetsExecuteAndAlterRoutineOnItUntilItIsDropped() {
        try (TestSession root = rootWithUser(dir); TestSession u = as(root, U)) {
            grant(root, g -> g.grantDatabase(U, "d", PrivilegeSet.of(Privilege.CREATE_ROUTINE)));
            assertThat(u.run("CREATE PROCEDURE d.mine() SELECT 2 AS two")).containsExactly("ok 0");
            assertThat(root.engine.grants().account(U).routines()).hasSize(1);
            assertThat(u.run("CALL d.mine()")).containsExactly("two", "2", "ok 0");
            assertThat(u.run("DROP PROCEDURE d.mine")).containsExactly("ok 0");
            assertThat(root.engine.grants().account(U).routines()).isEmpty();
            // root holds every privilege globally, so it receives no routine-level grants
            root.run("CREATE PROCEDURE d.roots() SELECT 3");
            assertThat(root.engine.grants().account(AccountName.ROOT).routines()).isEmpty();
            assertThat(EffectiveCheck.executeOn(root, U, "d", "roots")).isFalse();
        }
    }

    /** Reads a grant decision without a session (for assertions). */
    private static final class EffectiveCheck {
        static boolean executeOn(TestSession root, AccountName a, String db, String name) {
            return io.sprocket.engine.security.EffectivePrivileges.compute(root.engine.grants(), a)
                    .routine(db, RoutineKind.PROCEDURE, name).contains(Privilege.EXECUTE);
        }
    }
}
