package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import io.sprocket.sql.ast.GrantObject.ObjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account management: CREATE/ALTER/DROP/RENAME USER, roles, GRANT, REVOKE, SET PASSWORD / ROLE / DEFAULT ROLE. */
class AccountParserTest {

    private static AccountRef acct(String user, String host) {
        return new AccountRef(user, host);
    }

    private static AccountRef acct(String user) {
        return new AccountRef(user, "%");
    }

    /** A list that may hold null (CURRENT_USER). */
    private static List<AccountRef> list(AccountRef... accounts) {
        return Arrays.asList(accounts);
    }

    private static PrivilegeSpec priv(String name, String... columns) {
        return new PrivilegeSpec(name, List.of(columns));
    }

    private static RoleSelection roles(RoleSelection.Kind kind, AccountRef... roles) {
        return new RoleSelection(kind, List.of(roles));
    }

    private static Statement parse(String sql) {
        return Parser.parse(sql);
    }

    private static void syntaxError(String sql, String near) {
        assertThatThrownBy(() -> Parser.parse(sql))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(1064);
                    assertThat(e.nearText()).isEqualTo(near);
                });
    }

    // ---------------------------------------------------------------- CREATE USER

    @Test
    void createUserPlain() {
        assertThat(parse("CREATE USER u")).isEqualTo(
                new CreateUser(false, List.of(new UserSpec(acct("u"), null)), null, AccountOptions.NONE));
        assertThat(parse("create user if not exists 'jeffrey'@'localhost', `bob`@'%.example.com', carol@127.0.0.1"))
                .isEqualTo(new CreateUser(true, List.of(new UserSpec(acct("jeffrey", "localhost"), null),
                        new UserSpec(acct("bob", "%.example.com"), null), new UserSpec(acct("carol", "127.0.0.1"), null)),
                        null, AccountOptions.NONE));
    }

    @Test
    void createUserAuthentication() {
        CreateUser c = (CreateUser) parse("CREATE USER a IDENTIFIED BY 'pw', b IDENTIFIED BY RANDOM PASSWORD, "
                + "c IDENTIFIED WITH mysql_native_password, d IDENTIFIED WITH 'caching_sha2_password' BY 'x', "
                + "e IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD, "
                + "f IDENTIFIED WITH mysql_native_password AS '*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29'");
        assertThat(c.users()).extracting(UserSpec::auth).containsExactly(
                new AuthOption(null, "pw", null, false),
                new AuthOption(null, null, null, true),
                new AuthOption("mysql_native_password", null, null, false),
                new AuthOption("caching_sha2_password", "x", null, false),
                new AuthOption("caching_sha2_password", null, null, true),
                new AuthOption("mysql_native_password", null, "*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29", false));
        assertThat(c.users().getFirst().auth().replace()).isNull();
        assertThat(c.users().getFirst().auth().retainCurrent()).isFalse();
    }

    @Test
    void createUserDefaultRoleAndOptions() {
        CreateUser c = (CreateUser) parse("CREATE USER 'u'@'localhost' IDENTIFIED BY 'p' DEFAULT ROLE r1, 'r2'@'h' "
                + "REQUIRE NONE WITH MAX_QUERIES_PER_HOUR 10 MAX_USER_CONNECTIONS 2 "
                + "ACCOUNT LOCK PASSWORD EXPIRE INTERVAL 90 DAY PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL 30 DAY "
                + "PASSWORD REQUIRE CURRENT OPTIONAL FAILED_LOGIN_ATTEMPTS 3 PASSWORD_LOCK_TIME UNBOUNDED "
                + "COMMENT 'it''s me'");
        assertThat(c.defaultRoles()).isEqualTo(roles(RoleSelection.Kind.LIST, acct("r1"), acct("r2", "h")));
        assertThat(c.options()).isEqualTo(new AccountOptions(true, new PasswordExpire(PasswordExpire.Kind.INTERVAL, 90),
                List.of("REQUIRE NONE", "MAX_QUERIES_PER_HOUR 10", "MAX_USER_CONNECTIONS 2", "PASSWORD HISTORY DEFAULT",
                        "PASSWORD REUSE INTERVAL 30 DAY", "PASSWORD REQUIRE CURRENT OPTIONAL", "FAILED_LOGIN_ATTEMPTS 3",
                        "PASSWORD_LOCK_TIME UNBOUNDED", "COMMENT 'it\\'s me'")));
    }

    @Test
    void accountOptionsFromTheManual() {
        assertThat(((CreateUser) parse("CREATE USER u PASSWORD EXPIRE")).options().passwordExpire())
                .isEqualTo(new PasswordExpire(PasswordExpire.Kind.NOW, 0));
        assertThat(((CreateUser) parse("CREATE USER u PASSWORD EXPIRE DEFAULT")).options().passwordExpire())
                .isEqualTo(new PasswordExpire(PasswordExpire.Kind.DEFAULT, 0));
        assertThat(((CreateUser) parse("CREATE USER u PASSWORD EXPIRE NEVER ACCOUNT UNLOCK")).options())
                .isEqualTo(new AccountOptions(false, new PasswordExpire(PasswordExpire.Kind.NEVER, 0), List.of()));
        assertThat(((CreateUser) parse("CREATE USER u REQUIRE SUBJECT '/C=SE' AND ISSUER '/C=FI' CIPHER 'EDH'"))
                .options().other()).containsExactly("REQUIRE SUBJECT '/C=SE' AND ISSUER '/C=FI' AND CIPHER 'EDH'");
        assertThat(((CreateUser) parse("CREATE USER u REQUIRE X509")).options().other()).containsExactly("REQUIRE X509");
        assertThat(((CreateUser) parse("CREATE USER u PASSWORD HISTORY 5 PASSWORD REUSE INTERVAL DEFAULT "
                + "PASSWORD REQUIRE CURRENT PASSWORD REQUIRE CURRENT DEFAULT PASSWORD_LOCK_TIME 2 "
                + "ATTRIBUTE '{\"fname\": \"James\"}'")).options().other()).containsExactly("PASSWORD HISTORY 5",
                "PASSWORD REUSE INTERVAL DEFAULT", "PASSWORD REQUIRE CURRENT", "PASSWORD REQUIRE CURRENT DEFAULT",
                "PASSWORD_LOCK_TIME 2", "ATTRIBUTE '{\"fname\": \"James\"}'");
        assertThat(((CreateUser) parse("CREATE USER u ACCOUNT LOCK ACCOUNT UNLOCK")).options().accountLocked())
                .isFalse();
    }

    // ---------------------------------------------------------------- ALTER USER

    @Test
    void alterUser() {
        assertThat(parse("ALTER USER IF EXISTS 'u'@'h' IDENTIFIED BY 'new' REPLACE 'old' RETAIN CURRENT PASSWORD, "
                + "v ACCOUNT LOCK")).isEqualTo(new AlterUser(true, List.of(
                new UserSpec(acct("u", "h"), new AuthOption(null, "new", null, false, "old", true)),
                new UserSpec(acct("v"), null)), new AccountOptions(true, null, List.of()), null));
        AlterUser a = (AlterUser) parse("ALTER USER u IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD "
                + "REPLACE 'x' PASSWORD EXPIRE INTERVAL 180 DAY");
        assertThat(a.users().getFirst().auth())
                .isEqualTo(new AuthOption("caching_sha2_password", null, null, true, "x", false));
        assertThat(a.options().passwordExpire()).isEqualTo(new PasswordExpire(PasswordExpire.Kind.INTERVAL, 180));
        assertThat(((AlterUser) parse("ALTER USER u IDENTIFIED WITH mysql_native_password AS '*AB'")).users()
                .getFirst().auth()).isEqualTo(new AuthOption("mysql_native_password", null, "*AB", false));
        assertThat(parse("ALTER USER u DISCARD OLD PASSWORD")).isEqualTo(new AlterUser(false,
                List.of(new UserSpec(acct("u"), null)), new AccountOptions(null, null,
                List.of("DISCARD OLD PASSWORD")), null));
        assertThat(parse("ALTER USER u")).isEqualTo(
                new AlterUser(false, List.of(new UserSpec(acct("u"), null)), AccountOptions.NONE, null));
    }

    @Test
    void alterCurrentUser() {
        AlterUser expected = new AlterUser(false, List.of(new UserSpec(null, new AuthOption(null, "x", null, false))),
                AccountOptions.NONE, null);
        assertThat(parse("ALTER USER USER() IDENTIFIED BY 'x'")).isEqualTo(expected);
        assertThat(parse("ALTER USER CURRENT_USER() IDENTIFIED BY 'x'")).isEqualTo(expected);
        assertThat(parse("ALTER USER CURRENT_USER IDENTIFIED BY 'x'")).isEqualTo(expected);
        assertThat(parse("ALTER USER USER() IDENTIFIED BY 'x' REPLACE 'y' RETAIN CURRENT PASSWORD"))
                .isEqualTo(new AlterUser(false, List.of(new UserSpec(null,
                        new AuthOption(null, "x", null, false, "y", true))), AccountOptions.NONE, null));
        assertThat(parse("ALTER USER USER() DISCARD OLD PASSWORD")).isEqualTo(new AlterUser(false,
                List.of(new UserSpec(null, null)), new AccountOptions(null, null, List.of("DISCARD OLD PASSWORD")),
                null));
        // a user named "user" is still an account name
        assertThat(((AlterUser) parse("ALTER USER user ACCOUNT LOCK")).users().getFirst().account())
                .isEqualTo(acct("user"));
    }

    @Test
    void alterUserDefaultRole() {
        assertThat(parse("ALTER USER u DEFAULT ROLE ALL")).isEqualTo(new AlterUser(false,
                List.of(new UserSpec(acct("u"), null)), AccountOptions.NONE, roles(RoleSelection.Kind.ALL)));
        assertThat(((AlterUser) parse("ALTER USER IF EXISTS u@localhost DEFAULT ROLE NONE")).defaultRole())
                .isEqualTo(roles(RoleSelection.Kind.NONE));
        assertThat(((AlterUser) parse("ALTER USER CURRENT_USER() DEFAULT ROLE r1, 'r2'@'%'")).defaultRole())
                .isEqualTo(roles(RoleSelection.Kind.LIST, acct("r1"), acct("r2")));
    }

    // ---------------------------------------------------------------- DROP / RENAME USER, roles

    @Test
    void dropUser() {
        assertThat(parse("DROP USER 'jeffrey'@'localhost'")).isEqualTo(new DropUser(false, List.of(acct("jeffrey", "localhost"))));
        DropUser d = (DropUser) parse("DROP USER IF EXISTS a, CURRENT_USER(), b@h, CURRENT_USER");
        assertThat(d.ifExists()).isTrue();
        assertThat(d.users()).containsExactly(acct("a"), null, acct("b", "h"), null);
        assertThatThrownBy(() -> d.users().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void renameUser() {
        assertThat(parse("RENAME USER 'jeffrey'@'localhost' TO 'jeff'@'127.0.0.1', a TO b")).isEqualTo(new RenameUser(
                List.of(new Rename(acct("jeffrey", "localhost"), acct("jeff", "127.0.0.1")), new Rename(acct("a"), acct("b")))));
        // RENAME TABLE is still DDL
        assertThat(parse("RENAME TABLE a TO b")).isInstanceOf(RenameTable.class);
    }

    @Test
    void createAndDropRole() {
        assertThat(parse("CREATE ROLE 'admin', 'developer'")).isEqualTo(new CreateRole(false, List.of(acct("admin"), acct("developer"))));
        assertThat(parse("CREATE ROLE IF NOT EXISTS r1, `r2`@localhost, 'r3'@'%'"))
                .isEqualTo(new CreateRole(true, List.of(acct("r1"), acct("r2", "localhost"), acct("r3"))));
        assertThat(parse("DROP ROLE r1")).isEqualTo(new DropRole(false, List.of(acct("r1"))));
        assertThat(parse("DROP ROLE IF EXISTS 'r1'@'h', r2")).isEqualTo(new DropRole(true, List.of(acct("r1", "h"), acct("r2"))));
    }

    @Test
    void otherCreateAndDropStatementsAreUnaffected() {
        assertThat(parse("CREATE TABLE user (a INT)")).isInstanceOf(CreateTable.class);
        assertThat(parse("DROP TABLE role")).isInstanceOf(DropTable.class);
        assertThat(parse("CREATE PROCEDURE p() CREATE USER u")).isInstanceOf(CreateRoutine.class);
        assertThat(((RoutineSqlStatement) ((CreateRoutine) parse("CREATE PROCEDURE p() GRANT r TO u")).body())
                .statement()).isInstanceOf(GrantRole.class);
    }

    // ---------------------------------------------------------------- SET PASSWORD / ROLE / DEFAULT ROLE

    @Test
    void setPassword() {
        assertThat(parse("SET PASSWORD = 'auth_string'")).isEqualTo(new SetPassword(null, "auth_string", false));
        assertThat(parse("SET PASSWORD := 'x'")).isEqualTo(new SetPassword(null, "x", false));
        assertThat(parse("SET PASSWORD FOR 'jeffrey'@'localhost' = 'auth_string'"))
                .isEqualTo(new SetPassword(acct("jeffrey", "localhost"), "auth_string", false));
        assertThat(parse("SET PASSWORD FOR CURRENT_USER() = 'x'")).isEqualTo(new SetPassword(null, "x", false));
        assertThat(parse("SET PASSWORD TO RANDOM")).isEqualTo(new SetPassword(null, null, true));
        assertThat(parse("SET PASSWORD FOR u TO RANDOM REPLACE 'old' RETAIN CURRENT PASSWORD"))
                .isEqualTo(new SetPassword(acct("u"), null, true, "old", true));
        assertThat(parse("SET PASSWORD = 'new' REPLACE 'old'")).isEqualTo(new SetPassword(null, "new", false, "old", false));
        assertThat(parse("SET PASSWORD = 'new' RETAIN CURRENT PASSWORD"))
                .isEqualTo(new SetPassword(null, "new", false, null, true));
    }

    @Test
    void setRole() {
        assertThat(parse("SET ROLE DEFAULT")).isEqualTo(new SetRole(roles(RoleSelection.Kind.DEFAULT)));
        assertThat(parse("SET ROLE NONE")).isEqualTo(new SetRole(roles(RoleSelection.Kind.NONE)));
        assertThat(parse("SET ROLE ALL")).isEqualTo(new SetRole(roles(RoleSelection.Kind.ALL)));
        assertThat(parse("SET ROLE ALL EXCEPT 'r1', r2@h"))
                .isEqualTo(new SetRole(roles(RoleSelection.Kind.ALL_EXCEPT, acct("r1"), acct("r2", "h"))));
        assertThat(parse("SET ROLE 'role1', `role2`"))
                .isEqualTo(new SetRole(roles(RoleSelection.Kind.LIST, acct("role1"), acct("role2"))));
    }

    @Test
    void setDefaultRole() {
        assertThat(parse("SET DEFAULT ROLE 'admin', 'developer' TO 'joe'@'10.0.0.1'")).isEqualTo(new SetDefaultRole(
                roles(RoleSelection.Kind.LIST, acct("admin"), acct("developer")), List.of(acct("joe", "10.0.0.1"))));
        assertThat(parse("SET DEFAULT ROLE NONE TO u, CURRENT_USER()"))
                .isEqualTo(new SetDefaultRole(roles(RoleSelection.Kind.NONE), list(acct("u"), null)));
        assertThat(parse("SET DEFAULT ROLE ALL TO u")).isEqualTo(new SetDefaultRole(roles(RoleSelection.Kind.ALL), List.of(acct("u"))));
    }

    @Test
    void ordinarySetIsUnaffected() {
        assertThat(parse("SET @password = 1")).isInstanceOf(SetVariables.class);
        assertThat(parse("SET default_role = 1")).isInstanceOf(SetVariables.class);
        assertThat(parse("SET @@role = 1")).isInstanceOf(SetVariables.class);
    }

    // ---------------------------------------------------------------- GRANT

    @Test
    void grantPrivileges() {
        assertThat(parse("GRANT ALL ON db1.* TO 'jeffrey'@'localhost'")).isEqualTo(new Grant(List.of(priv("ALL")),
                new GrantObject(ObjectType.TABLE, "db1", "*"), List.of(acct("jeffrey", "localhost")), false));
        assertThat(parse("GRANT ALL PRIVILEGES ON *.* TO u WITH GRANT OPTION")).isEqualTo(new Grant(
                List.of(priv("ALL")), new GrantObject(ObjectType.TABLE, "*", "*"), List.of(acct("u")), true));
        assertThat(parse("GRANT SELECT, INSERT ON mydb.mytbl TO 'someuser'@'somehost'")).isEqualTo(new Grant(
                List.of(priv("SELECT"), priv("INSERT")), new GrantObject(ObjectType.TABLE, "mydb", "mytbl"),
                List.of(acct("someuser", "somehost")), false));
        assertThat(parse("GRANT USAGE ON * TO u")).isEqualTo(new Grant(List.of(priv("USAGE")),
                new GrantObject(ObjectType.TABLE, null, "*"), List.of(acct("u")), false));
        assertThat(((Grant) parse("GRANT SELECT ON t TO u")).object()).isEqualTo(new GrantObject(ObjectType.TABLE, null, "t"));
        assertThat(((Grant) parse("GRANT SELECT ON TABLE `my db`.`t` TO u")).object())
                .isEqualTo(new GrantObject(ObjectType.TABLE, "my db", "t"));
    }

    @Test
    void columnPrivileges() {
        Grant g = (Grant) parse("GRANT SELECT (col1), INSERT (col1, col2), UPDATE (`c`), REFERENCES (d) ON mydb.mytbl "
                + "TO 'someuser'@'somehost'");
        assertThat(g.privileges()).containsExactly(priv("SELECT", "col1"), priv("INSERT", "col1", "col2"),
                priv("UPDATE", "c"), priv("REFERENCES", "d"));
    }

    @Test
    void routinePrivileges() {
        assertThat(parse("GRANT EXECUTE, ALTER ROUTINE ON PROCEDURE db.p TO u")).isEqualTo(new Grant(
                List.of(priv("EXECUTE"), priv("ALTER ROUTINE")), new GrantObject(ObjectType.PROCEDURE, "db", "p"),
                List.of(acct("u")), false));
        assertThat(((Grant) parse("GRANT EXECUTE ON FUNCTION f TO u")).object())
                .isEqualTo(new GrantObject(ObjectType.FUNCTION, null, "f"));
        assertThat(((Grant) parse("GRANT CREATE ROUTINE ON mydb.* TO u")).privileges())
                .containsExactly(priv("CREATE ROUTINE"));
    }

    @Test
    void everyStaticPrivilegeName() {
        Grant g = (Grant) parse("GRANT ALTER, ALTER ROUTINE, CREATE, CREATE ROLE, CREATE ROUTINE, CREATE TABLESPACE, "
                + "CREATE TEMPORARY TABLES, CREATE USER, CREATE VIEW, DELETE, DROP, DROP ROLE, EVENT, EXECUTE, FILE, "
                + "GRANT OPTION, INDEX, INSERT, LOCK TABLES, PROCESS, REFERENCES, RELOAD, REPLICATION CLIENT, "
                + "REPLICATION SLAVE, SELECT, SHOW DATABASES, SHOW VIEW, SHUTDOWN, SUPER, TRIGGER, UPDATE, USAGE "
                + "ON *.* TO u");
        assertThat(g.privileges()).extracting(PrivilegeSpec::name).containsExactly("ALTER", "ALTER ROUTINE", "CREATE",
                "CREATE ROLE", "CREATE ROUTINE", "CREATE TABLESPACE", "CREATE TEMPORARY TABLES", "CREATE USER",
                "CREATE VIEW", "DELETE", "DROP", "DROP ROLE", "EVENT", "EXECUTE", "FILE", "GRANT OPTION", "INDEX", "INSERT",
                "LOCK TABLES", "PROCESS", "REFERENCES", "RELOAD", "REPLICATION CLIENT", "REPLICATION SLAVE", "SELECT",
                "SHOW DATABASES", "SHOW VIEW", "SHUTDOWN", "SUPER", "TRIGGER", "UPDATE", "USAGE");
        assertThat(((Grant) parse("grant create   temporary\n tables, lock tables on db.* to u")).privileges())
                .containsExactly(priv("CREATE TEMPORARY TABLES"), priv("LOCK TABLES"));
    }

    @Test
    void dynamicPrivileges() {
        Grant g = (Grant) parse("GRANT set_user_id, SYSTEM_USER, Role_Admin, `binlog_admin` ON *.* TO u");
        assertThat(g.privileges()).extracting(PrivilegeSpec::name)
                .containsExactly("SET_USER_ID", "SYSTEM_USER", "ROLE_ADMIN", "BINLOG_ADMIN");
    }

    @Test
    void grantToSeveralAndCurrentUser() {
        Grant g = (Grant) parse("GRANT SELECT ON db.* TO a, CURRENT_USER(), 'b'@'h', CURRENT_USER");
        assertThat(g.grantees()).containsExactly(acct("a"), null, acct("b", "h"), null);
    }

    @Test
    void grantAs() {
        Grant g = (Grant) parse("GRANT ALL ON *.* TO u WITH GRANT OPTION AS 'admin'@'localhost' WITH ROLE ALL EXCEPT r1");
        assertThat(g.as()).isEqualTo(acct("admin", "localhost"));
        assertThat(g.withGrantOption()).isTrue();
        assertThat(((Grant) parse("GRANT INSERT ON schema1.* TO u AS u2 WITH ROLE r1, r2")).as()).isEqualTo(acct("u2"));
        assertThat(((Grant) parse("GRANT INSERT ON schema1.* TO u AS u2 WITH ROLE DEFAULT")).as()).isEqualTo(acct("u2"));
        assertThat(((Grant) parse("GRANT INSERT ON schema1.* TO u AS u2")).as()).isEqualTo(acct("u2"));
        assertThat(((Grant) parse("GRANT INSERT ON schema1.* TO u")).as()).isNull();
    }

    @Test
    void grantRoles() {
        assertThat(parse("GRANT 'role1', 'role2' TO 'user1'@'localhost', 'user2'@'localhost'")).isEqualTo(new GrantRole(
                List.of(acct("role1"), acct("role2")), List.of(acct("user1", "localhost"), acct("user2", "localhost")), false));
        assertThat(parse("GRANT r1@h, `r2` TO u WITH ADMIN OPTION"))
                .isEqualTo(new GrantRole(List.of(acct("r1", "h"), acct("r2")), List.of(acct("u")), true));
        assertThat(parse("GRANT r1 TO CURRENT_USER()")).isEqualTo(new GrantRole(List.of(acct("r1")), list((AccountRef) null), false));
        // the case of a role name is kept
        assertThat(((GrantRole) parse("GRANT MyRole TO u")).roles()).containsExactly(acct("MyRole"));
    }

    // ---------------------------------------------------------------- REVOKE

    @Test
    void revokePrivileges() {
        assertThat(parse("REVOKE INSERT ON *.* FROM 'jeffrey'@'localhost'")).isEqualTo(new Revoke(false,
                List.of(priv("INSERT")), new GrantObject(ObjectType.TABLE, "*", "*"), List.of(acct("jeffrey", "localhost")),
                false));
        assertThat(parse("REVOKE IF EXISTS SELECT (a), GRANT OPTION ON PROCEDURE db.p FROM u, CURRENT_USER IGNORE UNKNOWN USER"))
                .isEqualTo(new Revoke(true, List.of(priv("SELECT", "a"), priv("GRANT OPTION")),
                        new GrantObject(ObjectType.PROCEDURE, "db", "p"), list(acct("u"), null), true));
        assertThat(parse("REVOKE ALL PRIVILEGES ON db.* FROM u")).isEqualTo(new Revoke(false, List.of(priv("ALL")),
                new GrantObject(ObjectType.TABLE, "db", "*"), List.of(acct("u")), false));
        assertThat(parse("REVOKE ALL ON db.t FROM u")).isEqualTo(new Revoke(false, List.of(priv("ALL")),
                new GrantObject(ObjectType.TABLE, "db", "t"), List.of(acct("u")), false));
    }

    @Test
    void revokeAll() {
        assertThat(parse("REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'u1'@'h', u2"))
                .isEqualTo(new RevokeAll(false, List.of(acct("u1", "h"), acct("u2")), false));
        assertThat(parse("REVOKE IF EXISTS ALL, GRANT OPTION FROM u IGNORE UNKNOWN USER"))
                .isEqualTo(new RevokeAll(true, List.of(acct("u")), true));
    }

    @Test
    void revokeRoles() {
        assertThat(parse("REVOKE 'role1', 'role2' FROM 'user1'@'localhost', 'user2'@'localhost'")).isEqualTo(new RevokeRole(
                false, List.of(acct("role1"), acct("role2")), List.of(acct("user1", "localhost"), acct("user2", "localhost")),
                false));
        assertThat(parse("REVOKE IF EXISTS r1@h FROM u IGNORE UNKNOWN USER"))
                .isEqualTo(new RevokeRole(true, List.of(acct("r1", "h")), List.of(acct("u")), true));
    }

    // ---------------------------------------------------------------- SHOW GRANTS

    @Test
    void showGrantsUsing() {
        assertThat(parse("SHOW GRANTS FOR u USING r1, 'r2'@'h'"))
                .isEqualTo(new ShowGrants(acct("u"), List.of(acct("r1"), acct("r2", "h"))));
        assertThat(parse("SHOW GRANTS FOR u")).isEqualTo(new ShowGrants(acct("u")));
        assertThat(((ShowGrants) parse("SHOW GRANTS")).using()).isEmpty();
    }

    // ---------------------------------------------------------------- syntax errors

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            GRANT SELECT ON TO u                            | TO u
            CREATE USER                                     | ""
            SET PASSWORD = PASSWORD('x')                    | PASSWORD('x')
            SET PASSWORD FOR u = PASSWORD('x')              | PASSWORD('x')
            SET PASSWORD = 'x', @a = 1                      | , @a = 1
            SET PASSWORD FOR u                              | ""
            GRANT SELECT ON *.* TO u WITH ADMIN OPTION      | ADMIN OPTION
            GRANT r1 TO u WITH GRANT OPTION                 | GRANT OPTION
            GRANT ALL TO u                                  | TO u
            GRANT SELECT TO u                               | SELECT TO u
            GRANT r1, SELECT TO u                           | SELECT TO u
            GRANT SELECT (a) TO u                           | SELECT (a) TO u
            GRANT r1@h ON *.* TO u                          | r1@h ON *.* TO u
            GRANT SELECT, ON t TO u                         | ON t TO u
            GRANT ON t TO u                                 | ON t TO u
            GRANT DELETE (a) ON t TO u                      | (a) ON t TO u
            GRANT SELECT (a b) ON t TO u                    | b) ON t TO u
            GRANT SELECT ON *.t TO u                        | t TO u
            GRANT SELECT ON db.t TO                         | ""
            GRANT SELECT ON t TO u IDENTIFIED BY 'x'        | IDENTIFIED BY 'x'
            GRANT PROXY ON a TO b                           | PROXY ON a TO b
            GRANT CURRENT_USER TO u                         | CURRENT_USER TO u
            GRANT SELECT ON t TO u AS v WITH GRANT OPTION   | GRANT OPTION
            DROP USER                                       | ""
            DROP USER u,                                    | ""
            RENAME USER a                                   | ""
            RENAME USER a TO                                | ""
            REVOKE ALL PRIVILEGES, GRANT OPTION             | ""
            REVOKE ALL PRIVILEGES, SELECT FROM u            | SELECT FROM u
            REVOKE SELECT ON t                              | ""
            REVOKE r1 FROM                                  | ""
            REVOKE r1 FROM u IGNORE                         | ""
            SET ROLE                                        | ""
            SET ROLE ALL EXCEPT                             | ""
            SET ROLE NONE, r1                               | , r1
            SET DEFAULT ROLE r                              | ""
            SET DEFAULT ROLE DEFAULT TO u                   | DEFAULT TO u
            CREATE ROLE                                     | ""
            CREATE ROLE CURRENT_USER                        | CURRENT_USER
            DROP ROLE r,                                    | ""
            CREATE USER u IDENTIFIED                        | ""
            CREATE USER u IDENTIFIED BY                     | ""
            CREATE USER u IDENTIFIED BY PASSWORD 'x'        | PASSWORD 'x'
            CREATE USER u IDENTIFIED BY 'x' REPLACE 'y'     | REPLACE 'y'
            CREATE USER u IDENTIFIED WITH p AS              | ""
            CREATE USER u WITH                              | ""
            CREATE USER u REQUIRE                           | ""
            CREATE USER u REQUIRE SSL AND X509              | AND X509
            CREATE USER u ACCOUNT                           | ""
            CREATE USER u ACCOUNT LOCK REQUIRE NONE         | REQUIRE NONE
            CREATE USER u COMMENT 'a' ACCOUNT LOCK          | ACCOUNT LOCK
            CREATE USER u COMMENT 'a' ATTRIBUTE '{}'        | ATTRIBUTE '{}'
            CREATE USER u PASSWORD EXPIRE INTERVAL 5        | ""
            CREATE USER u PASSWORD HISTORY                  | ""
            CREATE USER u DEFAULT ROLE                      | ""
            CREATE USER 'u' @ 'h'                           | 'h'
            ALTER USER                                      | ""
            ALTER USER u IDENTIFIED BY                      | ""
            ALTER USER USER() ACCOUNT LOCK                  | ACCOUNT LOCK
            ALTER USER USER() IDENTIFIED WITH p BY 'x'      | WITH p BY 'x'
            ALTER USER u IDENTIFIED BY 'x' DEFAULT ROLE r   | DEFAULT ROLE r
            ALTER USER u, v DEFAULT ROLE r                  | DEFAULT ROLE r
            SHOW GRANTS FOR u USING                         | ""
            SHOW GRANTS FOR u USING CURRENT_USER            | CURRENT_USER
            """)
    void syntaxErrors(String sql, String near) {
        syntaxError(sql, near);
    }

    @Test
    void errorLineIsThatOfTheOffendingToken() {
        assertThatThrownBy(() -> Parser.parse("GRANT SELECT\n  ON *.*\n  TO u\n  WITH ADMIN OPTION"))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> {
                    assertThat(e.nearText()).isEqualTo("ADMIN OPTION");
                    assertThat(e.line()).isEqualTo(4);
                });
    }

    @Test
    void bareAtIsAnEmptyHost() {
        assertThat(parse("CREATE USER 'u'@ IDENTIFIED BY 'x'")).isEqualTo(new CreateUser(false,
                List.of(new UserSpec(acct("u", ""), new AuthOption(null, "x", null, false))), null, AccountOptions.NONE));
    }

    // ---------------------------------------------------------------- formatting

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE USER IF NOT EXISTS u@localhost IDENTIFIED WITH caching_sha2_password BY 'x', v IDENTIFIED BY RANDOM PASSWORD, w IDENTIFIED WITH p AS 'h' DEFAULT ROLE r1, r2@h REQUIRE SUBJECT 's' AND CIPHER 'c' WITH MAX_QUERIES_PER_HOUR 10 MAX_UPDATES_PER_HOUR 0 ACCOUNT LOCK PASSWORD EXPIRE INTERVAL 90 DAY PASSWORD HISTORY 3 FAILED_LOGIN_ATTEMPTS 3 PASSWORD_LOCK_TIME UNBOUNDED COMMENT 'c'",
            "CREATE USER u PASSWORD EXPIRE ATTRIBUTE '{}'",
            "ALTER USER IF EXISTS u IDENTIFIED BY 'n' REPLACE 'o' RETAIN CURRENT PASSWORD, v ACCOUNT UNLOCK PASSWORD EXPIRE NEVER",
            "ALTER USER USER() IDENTIFIED BY 'x'", "ALTER USER u DISCARD OLD PASSWORD", "ALTER USER u DEFAULT ROLE NONE",
            "ALTER USER u DEFAULT ROLE r1, r2",
            "DROP USER IF EXISTS a, CURRENT_USER()", "RENAME USER a TO b, c@h TO d",
            "SET PASSWORD FOR u = 'it''s'", "SET PASSWORD TO RANDOM REPLACE 'x' RETAIN CURRENT PASSWORD",
            "GRANT SELECT (a, b), INSERT, CREATE TEMPORARY TABLES, SYSTEM_USER ON db.* TO u, CURRENT_USER WITH GRANT OPTION AS v",
            "GRANT ALL ON *.* TO u", "GRANT USAGE ON * TO u", "GRANT EXECUTE ON FUNCTION db.f TO u",
            "GRANT r1, r2@h TO u WITH ADMIN OPTION",
            "REVOKE IF EXISTS SELECT ON PROCEDURE p FROM u IGNORE UNKNOWN USER",
            "REVOKE ALL PRIVILEGES, GRANT OPTION FROM u", "REVOKE r1 FROM u",
            "CREATE ROLE IF NOT EXISTS r1, r2", "DROP ROLE r1",
            "SET ROLE ALL EXCEPT r1", "SET ROLE DEFAULT", "SET ROLE r1, r2", "SET DEFAULT ROLE ALL TO u, v",
            "SHOW GRANTS FOR u USING r1, r2",
    })
    void roundTripIsStable(String sql) {
        Statement first = Parser.parse(sql);
        String text = SqlFormatter.PLAIN.formatStatement(first);
        Statement second = Parser.parse(text);
        assertThat(second).isEqualTo(first);
        assertThat(SqlFormatter.PLAIN.formatStatement(second)).isEqualTo(text);
    }

    @Test
    void canonicalText() {
        assertThat(SqlFormatter.PLAIN.formatStatement(parse("grant select (a), all_x on db.* to u@h with grant option")))
                .isEqualTo("GRANT SELECT (`a`), ALL_X ON `db`.* TO 'u'@'h' WITH GRANT OPTION");
        assertThat(SqlFormatter.PLAIN.formatStatement(parse("create user u identified by 'p' account lock")))
                .isEqualTo("CREATE USER 'u'@'%' IDENTIFIED BY 'p' ACCOUNT LOCK");
        assertThat(SqlFormatter.PLAIN.formatStatement(parse("set password for current_user() = 'x'")))
                .isEqualTo("SET PASSWORD = 'x'");
    }
}
