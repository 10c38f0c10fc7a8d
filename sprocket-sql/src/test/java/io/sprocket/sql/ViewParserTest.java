package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CREATE / ALTER / DROP VIEW. */
class ViewParserTest {
    private static CreateView view(String sql) {
        return (CreateView) Parser.parse(sql);
    }

    @Test
    void plainCreate() {
        CreateView v = view("CREATE VIEW v AS SELECT a, b FROM t");
        assertThat(v.alter()).isFalse();
        assertThat(v.orReplace()).isFalse();
        assertThat(v.algorithm()).isNull();
        assertThat(v.definerGiven()).isFalse();
        assertThat(v.invokerSecurity()).isNull();
        assertThat(v.name()).isEqualTo(new ObjectName(null, "v"));
        assertThat(v.columns()).isEmpty();
        assertThat(v.queryText()).isEqualTo("SELECT a, b FROM t");
        assertThat(v.checkOption()).isEqualTo(ViewCheckOption.NONE);
        assertThat(v.into()).isFalse();
    }

    @Test
    void everyClause() {
        CreateView v = view("CREATE OR REPLACE ALGORITHM = TEMPTABLE DEFINER = 'bob'@'localhost' SQL SECURITY INVOKER "
                + "VIEW db.v (x, y) AS SELECT a, b FROM t WHERE a > 0 WITH LOCAL CHECK OPTION");
        assertThat(v.orReplace()).isTrue();
        assertThat(v.algorithm()).isEqualTo(ViewAlgorithm.TEMPTABLE);
        assertThat(v.definerGiven()).isTrue();
        assertThat(v.definer()).isEqualTo(new AccountRef("bob", "localhost"));
        assertThat(v.invokerSecurity()).isTrue();
        assertThat(v.name()).isEqualTo(new ObjectName("db", "v"));
        assertThat(v.columns()).containsExactly("x", "y");
        assertThat(v.queryText()).isEqualTo("SELECT a, b FROM t WHERE a > 0");
        assertThat(v.checkOption()).isEqualTo(ViewCheckOption.LOCAL);
    }

    @Test
    void checkOptionDefaultsToCascaded() {
        assertThat(view("CREATE VIEW v AS SELECT 1 WITH CHECK OPTION").checkOption()).isEqualTo(ViewCheckOption.CASCADED);
        assertThat(view("CREATE VIEW v AS SELECT 1 WITH CASCADED CHECK OPTION").checkOption())
                .isEqualTo(ViewCheckOption.CASCADED);
    }

    @Test
    void definerCurrentUser() {
        for (String d : List.of("CURRENT_USER", "CURRENT_USER()")) {
            CreateView v = view("CREATE DEFINER = " + d + " VIEW v AS SELECT 1");
            assertThat(v.definerGiven()).isTrue();
            assertThat(v.definer()).isNull();
        }
    }

    @Test
    void definerAloneStillDispatchesToViewsAndRoutines() {
        assertThat(Parser.parse("CREATE DEFINER = root@localhost VIEW v AS SELECT 1")).isInstanceOf(CreateView.class);
        assertThat(Parser.parse("CREATE DEFINER = root@localhost SQL SECURITY DEFINER VIEW v AS SELECT 1"))
                .isInstanceOf(CreateView.class);
        assertThat(Parser.parse("CREATE DEFINER = root@localhost PROCEDURE p() SELECT 1"))
                .isInstanceOf(CreateRoutine.class);
        assertThat(Parser.parse("CREATE OR REPLACE PROCEDURE p() SELECT 1")).isInstanceOf(CreateRoutine.class);
    }

    @Test
    void dispatchLooksPastTheDefinerClause() {
        java.util.function.Predicate<String> view = sql ->
                ViewParser.startsViewStatement(new TokenCursor(sql, 0, 0, ParserOptions.DEFAULT));
        assertThat(view.test("CREATE DEFINER = 'u'@'h' VIEW v AS SELECT 1")).isTrue();
        assertThat(view.test("CREATE DEFINER = CURRENT_USER() SQL SECURITY INVOKER VIEW v AS SELECT 1")).isTrue();
        assertThat(view.test("ALTER ALGORITHM = MERGE VIEW v AS SELECT 1")).isTrue();
        assertThat(view.test("DROP VIEW v")).isTrue();
        assertThat(view.test("CREATE DEFINER = 'u'@'h' TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET @a = 1")).isFalse();
        assertThat(view.test("ALTER DEFINER = 'u'@'h' EVENT e ENABLE")).isFalse();
        assertThat(view.test("CREATE DEFINER = 'u'@'h' FUNCTION f() RETURNS INT RETURN 1")).isFalse();
        assertThat(view.test("CREATE TABLE view_like (a INT)")).isFalse();
        assertThat(view.test("DROP TABLE v")).isFalse();
    }

    @Test
    void alterView() {
        CreateView v = view("ALTER DEFINER = CURRENT_USER VIEW v (c) AS SELECT 1");
        assertThat(v.alter()).isTrue();
        assertThat(v.definerGiven()).isTrue();
        assertThat(v.columns()).containsExactly("c");
        assertThat(view("ALTER SQL SECURITY INVOKER VIEW v AS SELECT 1").invokerSecurity()).isTrue();
        assertThat(view("ALTER ALGORITHM=MERGE VIEW v AS SELECT 1").algorithm()).isEqualTo(ViewAlgorithm.MERGE);
    }

    @Test
    void alterCannotReplace() {
        assertThatThrownBy(() -> Parser.parse("ALTER OR REPLACE VIEW v AS SELECT 1")).isInstanceOf(SqlSyntaxException.class);
    }

    @Test
    void intoIsRemembered() {
        assertThat(view("CREATE VIEW v AS SELECT 1 INTO @x").into()).isTrue();
    }

    @Test
    void unionAndWith() {
        CreateView v = view("CREATE VIEW v AS WITH c AS (SELECT 1 AS x) SELECT x FROM c UNION SELECT 2");
        assertThat(v.query().with()).isNotNull();
        assertThat(v.query().body()).isInstanceOf(SetOperation.class);
    }

    @Test
    void dropView() {
        DropView d = (DropView) Parser.parse("DROP VIEW IF EXISTS v1, db.v2 CASCADE");
        assertThat(d.ifExists()).isTrue();
        assertThat(d.names()).containsExactly(new ObjectName(null, "v1"), new ObjectName("db", "v2"));
        assertThat(((DropView) Parser.parse("DROP VIEW v RESTRICT")).ifExists()).isFalse();
    }

    @Test
    void syntaxErrors() {
        for (String sql : List.of("CREATE VIEW v SELECT 1", "CREATE VIEW v AS", "CREATE ALGORITHM = FAST VIEW v AS SELECT 1",
                "CREATE VIEW v () AS SELECT 1", "CREATE VIEW v AS SELECT 1 WITH CHECK", "DROP VIEW",
                "CREATE SQL SECURITY NOBODY VIEW v AS SELECT 1", "DROP VIEW v,")) {
            assertThatThrownBy(() -> Parser.parse(sql)).as(sql).isInstanceOf(SqlSyntaxException.class);
        }
    }

    @Test
    void formatsBackToParseableText() {
        String sql = "CREATE OR REPLACE ALGORITHM = MERGE DEFINER = 'u'@'%' SQL SECURITY DEFINER VIEW db.v (x) AS "
                + "SELECT a FROM t WITH LOCAL CHECK OPTION";
        String text = new SqlFormatter(null).formatStatement(Parser.parse(sql));
        CreateView again = view(text);
        assertThat(again.definer()).isEqualTo(new AccountRef("u", "%"));
        assertThat(again.checkOption()).isEqualTo(ViewCheckOption.LOCAL);
        assertThat(again.columns()).containsExactly("x");
        assertThat(new SqlFormatter(null).formatStatement(again)).isEqualTo(text);
    }
}
