package io.sprocket.engine.security;

import static io.sprocket.engine.security.Privilege.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.sql.ast.RoutineKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected strings are MySQL 8.0 manual examples where the manual has one (section named on each test); the rest
 * follow the same format rules (see GrantsText).
 */
class GrantsTextTest {
    static AccountName acct(String user, String host) {
        return new AccountName(user, host);
    }

    static AccountName acct(String user) {
        return new AccountName(user, "%");
    }

    /** 15.7.7.21 SHOW GRANTS Statement: 'jeffrey'@'localhost'. */
    @Test
    void jeffrey() {
        AccountName j = acct("jeffrey", "localhost");
        Grants g = Grants.empty().grantDatabase(j, "db1", PrivilegeSet.of(SELECT, INSERT, UPDATE));
        assertThat(GrantsText.columnName(j)).isEqualTo("Grants for jeffrey@localhost");
        assertThat(GrantsText.showGrants(g, j)).containsExactly(
                "GRANT USAGE ON *.* TO `jeffrey`@`localhost`",
                "GRANT SELECT, INSERT, UPDATE ON `db1`.* TO `jeffrey`@`localhost`");
    }

    /**
     * 15.7.7.21 SHOW GRANTS Statement: root@localhost lists every static global privilege (no ALL PRIVILEGES at the
     * global level in 8.0). The dynamic line and the PROXY line's quoting are as a MySQL 8.0 server prints them (the
     * manual's example omits the dynamic line and writes ''@'').
     */
    @Test
    void root() {
        AccountName root = AccountName.ROOT;
        List<String> lines = GrantsText.showGrants(Grants.empty().withSuperuser(root), root);
        assertThat(lines).containsExactly(
                "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, SHUTDOWN, PROCESS, FILE, REFERENCES, "
                        + "INDEX, ALTER, SHOW DATABASES, SUPER, CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE, "
                        + "REPLICATION SLAVE, REPLICATION CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, "
                        + "CREATE USER, EVENT, TRIGGER, CREATE TABLESPACE, CREATE ROLE, DROP ROLE ON *.* TO "
                        + "`root`@`localhost` WITH GRANT OPTION",
                "GRANT APPLICATION_PASSWORD_ADMIN,AUDIT_ABORT_EXEMPT,AUDIT_ADMIN,AUTHENTICATION_POLICY_ADMIN,"
                        + "BACKUP_ADMIN,BINLOG_ADMIN,BINLOG_ENCRYPTION_ADMIN,CLONE_ADMIN,CONNECTION_ADMIN,"
                        + "ENCRYPTION_KEY_ADMIN,FIREWALL_EXEMPT,FLUSH_OPTIMIZER_COSTS,FLUSH_STATUS,FLUSH_TABLES,"
                        + "FLUSH_USER_RESOURCES,GROUP_REPLICATION_ADMIN,GROUP_REPLICATION_STREAM,INNODB_REDO_LOG_ARCHIVE,"
                        + "INNODB_REDO_LOG_ENABLE,PASSWORDLESS_USER_ADMIN,PERSIST_RO_VARIABLES_ADMIN,REPLICATION_APPLIER,"
                        + "REPLICATION_SLAVE_ADMIN,RESOURCE_GROUP_ADMIN,RESOURCE_GROUP_USER,ROLE_ADMIN,"
                        + "SENSITIVE_VARIABLES_OBSERVER,SERVICE_CONNECTION_ADMIN,SESSION_VARIABLES_ADMIN,SET_USER_ID,"
                        + "SHOW_ROUTINE,SYSTEM_USER,SYSTEM_VARIABLES_ADMIN,TABLE_ENCRYPTION_ADMIN,XA_RECOVER_ADMIN ON *.* "
                        + "TO `root`@`localhost` WITH GRANT OPTION",
                "GRANT PROXY ON ``@`` TO `root`@`localhost` WITH GRANT OPTION");
    }

    /** 15.7.7.21 SHOW GRANTS Statement: u1 with roles r1 and r2, without and with USING. */
    @Test
    void usingRoles() {
        AccountName u1 = acct("u1", "localhost");
        AccountName r1 = acct("r1");
        AccountName r2 = acct("r2");
        Grants g = Grants.empty()
                .grantDatabase(r1, "db1", PrivilegeSet.of(SELECT))
                .grantDatabase(r2, "db1", PrivilegeSet.of(INSERT, UPDATE, DELETE))
                .grantRole(u1, r1, false).grantRole(u1, r2, false);
        assertThat(GrantsText.showGrants(g, u1)).containsExactly(
                "GRANT USAGE ON *.* TO `u1`@`localhost`",
                "GRANT `r1`@`%`,`r2`@`%` TO `u1`@`localhost`");
        assertThat(GrantsText.showGrants(g, u1, List.of(r1))).containsExactly(
                "GRANT USAGE ON *.* TO `u1`@`localhost`",
                "GRANT SELECT ON `db1`.* TO `u1`@`localhost`",
                "GRANT `r1`@`%`,`r2`@`%` TO `u1`@`localhost`");
        assertThat(GrantsText.showGrants(g, u1, List.of(r2))).containsExactly(
                "GRANT USAGE ON *.* TO `u1`@`localhost`",
                "GRANT INSERT, UPDATE, DELETE ON `db1`.* TO `u1`@`localhost`",
                "GRANT `r1`@`%`,`r2`@`%` TO `u1`@`localhost`");
        assertThat(GrantsText.showGrants(g, u1, List.of(r1, r2))).containsExactly(
                "GRANT USAGE ON *.* TO `u1`@`localhost`",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `db1`.* TO `u1`@`localhost`",
                "GRANT `r1`@`%`,`r2`@`%` TO `u1`@`localhost`");
    }

    /** 8.2.10 Using Roles: app_developer, app_read, app_write; then app_write's privileges revoked. */
    @Test
    void usingRolesSection() {
        AccountName dev = acct("app_developer");
        AccountName read = acct("app_read");
        AccountName write = acct("app_write");
        AccountName dev1 = acct("dev1", "localhost");
        AccountName rw = acct("rw_user1", "localhost");
        Grants g = Grants.empty()
                .grantDatabase(dev, "app_db", PrivilegeSet.allAt(PrivilegeLevel.DATABASE))
                .grantDatabase(read, "app_db", PrivilegeSet.of(SELECT))
                .grantDatabase(write, "app_db", PrivilegeSet.of(INSERT, UPDATE, DELETE))
                .grantRole(dev1, dev, false)
                .grantRole(rw, read, false).grantRole(rw, write, false);
        assertThat(GrantsText.showGrants(g, dev1)).containsExactly(
                "GRANT USAGE ON *.* TO `dev1`@`localhost`",
                "GRANT `app_developer`@`%` TO `dev1`@`localhost`");
        assertThat(GrantsText.showGrants(g, dev1, List.of(dev))).containsExactly(
                "GRANT USAGE ON *.* TO `dev1`@`localhost`",
                "GRANT ALL PRIVILEGES ON `app_db`.* TO `dev1`@`localhost`",
                "GRANT `app_developer`@`%` TO `dev1`@`localhost`");
        assertThat(GrantsText.showGrants(g, rw, List.of(read, write))).containsExactly(
                "GRANT USAGE ON *.* TO `rw_user1`@`localhost`",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `app_db`.* TO `rw_user1`@`localhost`",
                "GRANT `app_read`@`%`,`app_write`@`%` TO `rw_user1`@`localhost`");

        Grants revoked = g.revokeDatabase(write, "app_db", PrivilegeSet.of(INSERT, UPDATE, DELETE));
        assertThat(GrantsText.columnName(write)).isEqualTo("Grants for app_write@%");
        assertThat(GrantsText.showGrants(revoked, write)).containsExactly("GRANT USAGE ON *.* TO `app_write`@`%`");
        assertThat(GrantsText.showGrants(revoked, rw, List.of(read, write))).containsExactly(
                "GRANT USAGE ON *.* TO `rw_user1`@`localhost`",
                "GRANT SELECT ON `app_db`.* TO `rw_user1`@`localhost`",
                "GRANT `app_read`@`%`,`app_write`@`%` TO `rw_user1`@`localhost`");
    }

    /** 8.2.10 Using Roles, User and Role Interchangeability: roles listed in grant order ('u1' before 'r1'). */
    @Test
    void userAndRoleInterchangeability() {
        AccountName u1 = acct("u1");
        AccountName r1 = acct("r1");
        AccountName u2 = acct("u2");
        AccountName r2 = acct("r2");
        Grants g = Grants.empty()
                .grantDatabase(u1, "db1", PrivilegeSet.of(SELECT))
                .grantDatabase(r1, "db2", PrivilegeSet.of(SELECT))
                .grantRole(u2, u1, false).grantRole(u2, r1, false)
                .grantRole(r2, u1, false).grantRole(r2, r1, false);
        assertThat(GrantsText.showGrants(g, u2, List.of(u1, r1))).containsExactly(
                "GRANT USAGE ON *.* TO `u2`@`%`",
                "GRANT SELECT ON `db1`.* TO `u2`@`%`",
                "GRANT SELECT ON `db2`.* TO `u2`@`%`",
                "GRANT `u1`@`%`,`r1`@`%` TO `u2`@`%`");
        assertThat(GrantsText.showGrants(g, r2, List.of(u1, r1))).containsExactly(
                "GRANT USAGE ON *.* TO `r2`@`%`",
                "GRANT SELECT ON `db1`.* TO `r2`@`%`",
                "GRANT SELECT ON `db2`.* TO `r2`@`%`",
                "GRANT `u1`@`%`,`r1`@`%` TO `r2`@`%`");
    }

    /** 8.2.12 Privilege Restriction Using Partial Revokes: the examples' GRANT lines (partial revokes unsupported). */
    @Test
    void partialRevokesSectionGrantLines() {
        AccountName u1 = acct("u1");
        Grants a = Grants.empty().grantDatabase(u1, "mysql", PrivilegeSet.of(UPDATE))
                .grantDatabase(u1, "world", PrivilegeSet.of(DELETE));
        assertThat(GrantsText.showGrants(a, u1)).containsExactly(
                "GRANT USAGE ON *.* TO `u1`@`%`",
                "GRANT UPDATE ON `mysql`.* TO `u1`@`%`",
                "GRANT DELETE ON `world`.* TO `u1`@`%`");
        Grants b = Grants.empty().grantGlobal(u1, PrivilegeSet.of(SELECT, INSERT, UPDATE))
                .grantTable(u1, "mysql", "user", PrivilegeSet.of(SELECT))
                .grantColumn(u1, "mysql", "db", "Host", PrivilegeSet.of(SELECT))
                .grantColumn(u1, "mysql", "db", "User", PrivilegeSet.of(SELECT));
        assertThat(GrantsText.showGrants(b, u1)).containsExactly(
                "GRANT SELECT, INSERT, UPDATE ON *.* TO `u1`@`%`",
                "GRANT SELECT (`Host`, `User`) ON `mysql`.`db` TO `u1`@`%`",
                "GRANT SELECT ON `mysql`.`user` TO `u1`@`%`");
        Grants c = Grants.empty().grantGlobal(u1, PrivilegeSet.of(SELECT, INSERT)).grantDatabase(u1, "world", PrivilegeSet.of(INSERT));
        assertThat(GrantsText.showGrants(c, u1)).containsExactly(
                "GRANT SELECT, INSERT ON *.* TO `u1`@`%`",
                "GRANT INSERT ON `world`.* TO `u1`@`%`");
        AccountName admin = acct("admin");
        Grants d = Grants.empty().grantGlobal(admin, PrivilegeSet.of(SELECT, GRANT_OPTION));
        assertThat(GrantsText.showGrants(d, admin)).containsExactly("GRANT SELECT ON *.* TO `admin`@`%` WITH GRANT OPTION");
    }

    /**
     * 15.7.7.21: one static line, one line of dynamic privileges without GRANT OPTION, one with it. The manual does
     * not show the order of the two dynamic lines; without-grant-option first is an assumption (see GrantsText).
     */
    @Test
    void dynamicPrivilegeLines() {
        AccountName u = acct("u");
        Grants g = Grants.empty().grantDynamic(u, "SET_USER_ID", false).grantDynamic(u, "XA_RECOVER_ADMIN", false)
                .grantDynamic(u, "BACKUP_ADMIN", true).grantDynamic(u, "binlog_admin", true);
        assertThat(GrantsText.showGrants(g, u)).containsExactly(
                "GRANT USAGE ON *.* TO `u`@`%`",
                "GRANT SET_USER_ID,XA_RECOVER_ADMIN ON *.* TO `u`@`%`",
                "GRANT BACKUP_ADMIN,BINLOG_ADMIN ON *.* TO `u`@`%` WITH GRANT OPTION");
        Grants usageWithGrant = Grants.empty().grantGlobal(u, PrivilegeSet.of(GRANT_OPTION));
        assertThat(GrantsText.showGrants(usageWithGrant, u)).containsExactly("GRANT USAGE ON *.* TO `u`@`%` WITH GRANT OPTION");
    }

    @Test
    void databaseLinesExactNamesBeforePatterns() {
        AccountName u = acct("u");
        Grants g = Grants.empty().grantDatabase(u, "zdb", PrivilegeSet.of(SELECT))
                .grantDatabase(u, "m_b", PrivilegeSet.of(SELECT))
                .grantDatabase(u, "Mdb", PrivilegeSet.allAt(PrivilegeLevel.DATABASE))
                .grantDatabase(u, "a%", PrivilegeSet.of(INSERT, GRANT_OPTION));
        assertThat(GrantsText.showGrants(g, u)).containsExactly(
                "GRANT USAGE ON *.* TO `u`@`%`",
                "GRANT ALL PRIVILEGES ON `Mdb`.* TO `u`@`%`",
                "GRANT SELECT ON `zdb`.* TO `u`@`%`",
                "GRANT INSERT ON `a%`.* TO `u`@`%` WITH GRANT OPTION",
                "GRANT SELECT ON `m_b`.* TO `u`@`%`");
    }

    @Test
    void tableAndColumnLines() {
        AccountName u = acct("u");
        Grants g = Grants.empty()
                .grantColumn(u, "d", "t", "b", PrivilegeSet.of(SELECT))
                .grantColumn(u, "d", "t", "a", PrivilegeSet.of(SELECT, INSERT))
                .grantTable(u, "d", "t", PrivilegeSet.of(SELECT, DELETE))
                .grantColumn(u, "d", "t2", "c", PrivilegeSet.of(UPDATE))
                .grantTable(u, "d", "t2", PrivilegeSet.of(GRANT_OPTION))
                .grantTable(u, "d", "t3", PrivilegeSet.allAt(PrivilegeLevel.TABLE))
                .grantColumn(u, "d", "t3", "x", PrivilegeSet.of(SELECT))
                .grantTable(u, "d", "t4", PrivilegeSet.of(GRANT_OPTION));
        assertThat(GrantsText.showGrants(g, u)).containsExactly(
                "GRANT USAGE ON *.* TO `u`@`%`",
                "GRANT SELECT, SELECT (`a`, `b`), INSERT (`a`), DELETE ON `d`.`t` TO `u`@`%`",
                "GRANT UPDATE (`c`) ON `d`.`t2` TO `u`@`%` WITH GRANT OPTION",
                "GRANT ALL PRIVILEGES ON `d`.`t3` TO `u`@`%`",
                "GRANT USAGE ON `d`.`t4` TO `u`@`%` WITH GRANT OPTION");
    }

    @Test
    void routineLinesProceduresFirst() {
        AccountName u = acct("u");
        Grants g = Grants.empty()
                .grantRoutine(u, "db", RoutineKind.FUNCTION, "f", PrivilegeSet.of(EXECUTE))
                .grantRoutine(u, "db", RoutineKind.PROCEDURE, "P", PrivilegeSet.allAt(PrivilegeLevel.ROUTINE))
                .grantRoutine(u, "a", RoutineKind.PROCEDURE, "q", PrivilegeSet.of(ALTER_ROUTINE, GRANT_OPTION))
                .grantRoutine(u, "a", RoutineKind.FUNCTION, "g", PrivilegeSet.of(GRANT_OPTION));
        assertThat(GrantsText.showGrants(g, u)).containsExactly(
                "GRANT USAGE ON *.* TO `u`@`%`",
                "GRANT ALTER ROUTINE ON PROCEDURE `a`.`q` TO `u`@`%` WITH GRANT OPTION",
                "GRANT EXECUTE, ALTER ROUTINE ON PROCEDURE `db`.`P` TO `u`@`%`",
                "GRANT USAGE ON FUNCTION `a`.`g` TO `u`@`%` WITH GRANT OPTION",
                "GRANT EXECUTE ON FUNCTION `db`.`f` TO `u`@`%`");
    }

    @Test
    void everyKindOfLineInOrder() {
        AccountName u = acct("u", "h");
        Grants g = Grants.empty()
                .grantRole(u, acct("r2"), true)
                .grantProxy(u, acct("p", "localhost"), false)
                .grantRoutine(u, "d", RoutineKind.PROCEDURE, "p", PrivilegeSet.of(EXECUTE))
                .grantTable(u, "d", "t", PrivilegeSet.of(SELECT))
                .grantDatabase(u, "d", PrivilegeSet.of(SELECT))
                .grantDynamic(u, "ROLE_ADMIN", false)
                .grantGlobal(u, PrivilegeSet.of(PROCESS))
                .grantRole(u, acct("r1"), false)
                .grantRole(u, acct("r3"), false);
        assertThat(GrantsText.showGrants(g, u)).containsExactly(
                "GRANT PROCESS ON *.* TO `u`@`h`",
                "GRANT ROLE_ADMIN ON *.* TO `u`@`h`",
                "GRANT SELECT ON `d`.* TO `u`@`h`",
                "GRANT SELECT ON `d`.`t` TO `u`@`h`",
                "GRANT EXECUTE ON PROCEDURE `d`.`p` TO `u`@`h`",
                "GRANT PROXY ON `p`@`localhost` TO `u`@`h`",
                "GRANT `r1`@`%`,`r3`@`%` TO `u`@`h`",
                "GRANT `r2`@`%` TO `u`@`h` WITH ADMIN OPTION");
    }

    @Test
    void namesAreBackquotedAndPatternsPrintedAsGranted() {
        AccountName u = acct("o`brien", "%.example.com");
        Grants g = Grants.empty().grantDatabase(u, "test\\_%", PrivilegeSet.of(SELECT))
                .grantTable(u, "we`ird", "t t", PrivilegeSet.of(INSERT));
        assertThat(GrantsText.showGrants(g, u)).containsExactly(
                "GRANT USAGE ON *.* TO `o``brien`@`%.example.com`",
                "GRANT SELECT ON `test\\_%`.* TO `o``brien`@`%.example.com`",
                "GRANT INSERT ON `we``ird`.`t t` TO `o``brien`@`%.example.com`");
    }

    @Test
    void usingExpandsRolesGrantedToTheNamedRoles() {
        AccountName u = acct("u");
        AccountName r1 = acct("r1");
        AccountName r2 = acct("r2");
        Grants g = Grants.empty().grantGlobal(r2, PrivilegeSet.of(RELOAD)).grantDynamic(r2, "BACKUP_ADMIN", false)
                .grantTable(r2, "d", "t", PrivilegeSet.of(SELECT)).grantTable(u, "d", "t", PrivilegeSet.of(INSERT))
                .grantRole(r1, r2, false).grantRole(u, r1, false);
        assertThat(GrantsText.showGrants(g, u, List.of(r1))).containsExactly(
                "GRANT RELOAD ON *.* TO `u`@`%`",
                "GRANT BACKUP_ADMIN ON *.* TO `u`@`%`",
                "GRANT SELECT, INSERT ON `d`.`t` TO `u`@`%`",
                "GRANT `r1`@`%` TO `u`@`%`");
    }
}
