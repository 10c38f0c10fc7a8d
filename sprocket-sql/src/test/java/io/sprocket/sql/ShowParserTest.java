package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sprocket.sql.ExpressionParserTest.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowParserTest {

    @Test
    void listings() {
        assertThat(Parser.parse("SHOW DATABASES LIKE 'a%'")).isEqualTo(new ShowDatabases(new ShowLike("a%")));
        assertThat(Parser.parse("SHOW SCHEMAS")).isEqualTo(new ShowDatabases(null));
        assertThat(Parser.parse("SHOW FULL TABLES IN d WHERE Table_type = 'VIEW'")).isInstanceOfSatisfying(ShowTables.class, s -> {
            assertThat(s.full()).isTrue();
            assertThat(s.database()).isEqualTo("d");
            assertThat(s.filter()).isInstanceOf(ShowWhere.class);
        });
        assertThat(Parser.parse("SHOW FULL COLUMNS FROM t FROM d LIKE 'x'"))
                .isEqualTo(new ShowColumns(true, new ObjectName("d", "t"), new ShowLike("x")));
        assertThat(Parser.parse("SHOW FIELDS IN d.t")).isEqualTo(new ShowColumns(false, new ObjectName("d", "t"), null));
        assertThat(Parser.parse("SHOW KEYS FROM t IN d")).isEqualTo(new ShowIndex(new ObjectName("d", "t"), null));
        assertThat(Parser.parse("SHOW INDEXES FROM t")).isEqualTo(new ShowIndex(new ObjectName(null, "t"), null));
        assertThat(Parser.parse("SHOW TABLE STATUS FROM d LIKE 't%'")).isEqualTo(new ShowTableStatus("d", new ShowLike("t%")));
        assertThat(Parser.parse("SHOW OPEN TABLES")).isEqualTo(new ShowOpenTables(null, null));
    }

    @Test
    void showCreate() {
        assertThat(Parser.parse("SHOW CREATE DATABASE IF NOT EXISTS d")).isEqualTo(new ShowCreateDatabase(true, "d"));
        assertThat(Parser.parse("SHOW CREATE SCHEMA d")).isEqualTo(new ShowCreateDatabase(false, "d"));
        assertThat(Parser.parse("SHOW CREATE TABLE d.t")).isEqualTo(new ShowCreateTable(new ObjectName("d", "t")));
        assertThat(Parser.parse("SHOW CREATE VIEW v")).isEqualTo(new ShowCreate(ShowCreateKind.VIEW, new ObjectName(null, "v")));
        assertThat(Parser.parse("SHOW CREATE PROCEDURE d.p")).isEqualTo(new ShowCreate(ShowCreateKind.PROCEDURE, new ObjectName("d", "p")));
        assertThat(Parser.parse("SHOW CREATE FUNCTION f")).isEqualTo(new ShowCreate(ShowCreateKind.FUNCTION, new ObjectName(null, "f")));
        assertThat(Parser.parse("SHOW CREATE TRIGGER tr")).isEqualTo(new ShowCreate(ShowCreateKind.TRIGGER, new ObjectName(null, "tr")));
        assertThat(Parser.parse("SHOW CREATE USER 'u'@'h'")).isEqualTo(new ShowCreateUser(new AccountRef("u", "h")));
        assertThat(Parser.parse("SHOW CREATE USER CURRENT_USER")).isEqualTo(new ShowCreateUser(null));
        assertThat(Parser.parse("SHOW CREATE EVENT e")).isEqualTo(new ShowCreate(ShowCreateKind.EVENT, new ObjectName(null, "e")));
    }

    @Test
    void variablesStatusAndDiagnostics() {
        assertThat(Parser.parse("SHOW VARIABLES")).isEqualTo(new ShowVariables(VariableScope.DEFAULT, null));
        assertThat(Parser.parse("SHOW GLOBAL VARIABLES LIKE 'x%'")).isEqualTo(new ShowVariables(VariableScope.GLOBAL, new ShowLike("x%")));
        assertThat(Parser.parse("SHOW SESSION STATUS")).isEqualTo(new ShowStatus(VariableScope.SESSION, null));
        assertThat(Parser.parse("SHOW WARNINGS")).isEqualTo(new ShowWarnings(null));
        assertThat(Parser.parse("SHOW WARNINGS LIMIT 1, 2")).isEqualTo(new ShowWarnings(new Limit(num(2), num(1))));
        assertThat(Parser.parse("SHOW ERRORS LIMIT 3")).isEqualTo(new ShowErrors(new Limit(num(3), null)));
        assertThat(Parser.parse("SHOW COUNT(*) WARNINGS")).isEqualTo(new ShowWarningCount());
        assertThat(Parser.parse("SHOW COUNT(*) ERRORS")).isEqualTo(new ShowErrorCount());
    }

    @Test
    void serverListings() {
        assertThat(Parser.parse("SHOW PROCESSLIST")).isEqualTo(new ShowProcessList(false));
        assertThat(Parser.parse("SHOW FULL PROCESSLIST")).isEqualTo(new ShowProcessList(true));
        assertThat(Parser.parse("SHOW STORAGE ENGINES")).isEqualTo(new ShowEngines());
        assertThat(Parser.parse("SHOW CHARACTER SET LIKE 'utf8%'")).isEqualTo(new ShowCharacterSet(new ShowLike("utf8%")));
        assertThat(Parser.parse("SHOW CHARSET")).isEqualTo(new ShowCharacterSet(null));
        assertThat(Parser.parse("SHOW COLLATION WHERE Charset = 'latin1'")).isInstanceOf(ShowCollation.class);
        assertThat(Parser.parse("SHOW PROCEDURE STATUS WHERE Db = 'd'")).isInstanceOfSatisfying(ShowRoutineStatus.class,
                s -> assertThat(s.kind()).isEqualTo(RoutineKind.PROCEDURE));
        assertThat(Parser.parse("SHOW FUNCTION STATUS")).isEqualTo(new ShowRoutineStatus(RoutineKind.FUNCTION, null));
        assertThat(Parser.parse("SHOW PRIVILEGES")).isEqualTo(new ShowPrivileges());
        assertThat(Parser.parse("SHOW PLUGINS")).isEqualTo(new ShowPlugins());
        assertThat(Parser.parse("SHOW MASTER LOGS")).isEqualTo(new ShowBinaryLogs());
        assertThat(Parser.parse("SHOW BINARY LOGS")).isEqualTo(new ShowBinaryLogs());
        assertThat(Parser.parse("SHOW MASTER STATUS")).isEqualTo(new ShowMasterStatus());
    }

    @Test
    void grants() {
        assertThat(Parser.parse("SHOW GRANTS")).isEqualTo(new ShowGrants(null));
        assertThat(Parser.parse("SHOW GRANTS FOR CURRENT_USER()")).isEqualTo(new ShowGrants(null));
        assertThat(Parser.parse("SHOW GRANTS FOR 'bob'@'localhost'")).isEqualTo(new ShowGrants(new AccountRef("bob", "localhost")));
        assertThat(Parser.parse("SHOW GRANTS FOR bob@'%.example.com'")).isEqualTo(new ShowGrants(new AccountRef("bob", "%.example.com")));
        assertThat(Parser.parse("SHOW GRANTS FOR 'bob'")).isEqualTo(new ShowGrants(new AccountRef("bob", "%")));
        // a bare '@' is an empty host, as MySQL's lexer reads it; a host string after a space is then left over
        assertThat(Parser.parse("SHOW GRANTS FOR 'bob'@")).isEqualTo(new ShowGrants(new AccountRef("bob", "")));
        assertThatThrownBy(() -> Parser.parse("SHOW GRANTS FOR 'bob' @ 'h'"))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.nearText()).isEqualTo("'h'"));
    }

    @Test
    void describeIsShowColumns() {
        assertThat(Parser.parse("DESC t")).isEqualTo(new ShowColumns(false, new ObjectName(null, "t"), null));
        assertThat(Parser.parse("DESCRIBE d.t a")).isEqualTo(new ShowColumns(false, new ObjectName("d", "t"), new ShowLike("a")));
        assertThat(Parser.parse("EXPLAIN t 'a%'")).isEqualTo(new ShowColumns(false, new ObjectName(null, "t"), new ShowLike("a%")));
        assertThat(List.of(Parser.parse("EXPLAIN SELECT 1"), Parser.parse("DESCRIBE SELECT 1")))
                .allSatisfy(s -> assertThat(s).isInstanceOf(Explain.class));
    }
}
