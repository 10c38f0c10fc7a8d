package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sprocket.sql.ExpressionParserTest.col;
import static io.sprocket.sql.ExpressionParserTest.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DmlParserTest {

    @Test
    void insertValues() {
        Insert i = (Insert) Parser.parse("INSERT LOW_PRIORITY IGNORE INTO db.t (a, b) VALUES (1, DEFAULT), (2, 3)");
        assertThat(i.replace()).isFalse();
        assertThat(i.priority()).isEqualTo(InsertPriority.LOW_PRIORITY);
        assertThat(i.ignore()).isTrue();
        assertThat(i.table()).isEqualTo(new ObjectName("db", "t"));
        assertThat(i.columns()).containsExactly("a", "b");
        assertThat(i.source()).isEqualTo(new InsertValues(List.of(List.of(num(1), new DefaultValue(null)), List.of(num(2), num(3)))));
        assertThat(((Insert) Parser.parse("INSERT t VALUE ()")).source()).isEqualTo(new InsertValues(List.of(List.of())));
    }

    @Test
    void insertSetSelectAndDuplicates() {
        Insert set = (Insert) Parser.parse("INSERT INTO t SET a = 1, b = a + 1");
        assertThat(set.source()).isInstanceOfSatisfying(InsertSet.class, s -> assertThat(s.assignments()).hasSize(2));
        Insert select = (Insert) Parser.parse("INSERT INTO t (a) SELECT x FROM u ON DUPLICATE KEY UPDATE a = VALUES(a)");
        assertThat(select.source()).isInstanceOf(InsertQuery.class);
        assertThat(select.onDuplicateKeyUpdate()).containsExactly(new Assignment(col("a"), new ValuesReference(col("a"))));
        Insert parenthesized = (Insert) Parser.parse("INSERT INTO t (SELECT 1)");
        assertThat(parenthesized.columns()).isEmpty();
        assertThat(parenthesized.source()).isInstanceOf(InsertQuery.class);
        Insert alias = (Insert) Parser.parse("INSERT INTO t VALUES (1) AS n (x) ON DUPLICATE KEY UPDATE a = n.x");
        assertThat(alias.rowAlias()).isEqualTo("n");
        assertThat(alias.rowColumnAliases()).containsExactly("x");
        Insert replace = (Insert) Parser.parse("REPLACE t VALUES (1)");
        assertThat(replace.replace()).isTrue();
        assertThatThrownBy(() -> Parser.parse("REPLACE t VALUES (1) ON DUPLICATE KEY UPDATE a = 1"))
                .isInstanceOf(SqlSyntaxException.class);
    }

    @Test
    void update() {
        Update u = (Update) Parser.parse("UPDATE LOW_PRIORITY IGNORE t SET a = a + 1, t.b = DEFAULT WHERE id = ? ORDER BY id LIMIT 1");
        assertThat(u.lowPriority()).isTrue();
        assertThat(u.ignore()).isTrue();
        assertThat(u.assignments()).extracting(Assignment::column).containsExactly(col("a"), new ColumnRef(null, "t", "b"));
        assertThat(u.orderBy()).hasSize(1);
        assertThat(u.limit()).isEqualTo(new Limit(num(1), null));
        Update multi = (Update) Parser.parse("UPDATE t1, t2 SET t1.a = t2.a WHERE t1.id = t2.id");
        assertThat(multi.tables()).hasSize(2);
        Update with = (Update) Parser.parse("WITH c AS (SELECT 1) UPDATE t SET a = 1");
        assertThat(with.with()).isNotNull();
    }

    @Test
    void delete() {
        Delete single = (Delete) Parser.parse("DELETE LOW_PRIORITY QUICK IGNORE FROM t AS x WHERE a = 1 ORDER BY b LIMIT 2");
        assertThat(single.targets()).isEmpty();
        assertThat(single.tables()).containsExactly(new TableName(new ObjectName(null, "t"), "x", List.of(), List.of()));
        assertThat(single.quick()).isTrue();
        assertThat(single.limit()).isEqualTo(new Limit(num(2), null));
        Delete multi = (Delete) Parser.parse("DELETE t1, t2.* FROM t1 JOIN t2 ON t1.a = t2.a");
        assertThat(multi.targets()).containsExactly(new ObjectName(null, "t1"), new ObjectName(null, "t2"));
        Delete using = (Delete) Parser.parse("DELETE FROM t1, t2 USING t1 JOIN t2 WHERE t1.a = t2.a");
        assertThat(using.targets()).hasSize(2);
        assertThat(using.tables()).hasSize(1);
    }

    @Test
    void callAndDo() {
        assertThat(Parser.parse("CALL p")).isEqualTo(new Call(new ObjectName(null, "p"), List.of()));
        assertThat(Parser.parse("CALL db.p()")).isEqualTo(new Call(new ObjectName("db", "p"), List.of()));
        assertThat(Parser.parse("CALL p(1, @x)")).isEqualTo(new Call(new ObjectName(null, "p"), List.of(num(1), new UserVariable("x"))));
        assertThat(Parser.parse("DO 1, 2")).isEqualTo(new Do(List.of(num(1), num(2))));
    }
}
