package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sprocket.sql.ExpressionParserTest.col;
import static io.sprocket.sql.ExpressionParserTest.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParserTest {

    static Query query(String sql) {
        return ((Select) Parser.parse(sql)).query();
    }

    static QuerySpecification spec(String sql) {
        return (QuerySpecification) query(sql).body();
    }

    @Test
    void selectItemsKeepTheirExactSourceText() {
        QuerySpecification s = spec("SELECT 1+1, a  +  b, COUNT( * ) AS n, 'x' y, t.*, *, db.t.* FROM t");
        assertThat(s.items()).hasSize(7);
        SelectExpression first = (SelectExpression) s.items().get(0);
        assertThat(first.sourceText()).isEqualTo("1+1");
        assertThat(first.span()).isEqualTo(new SourceSpan(7, 10));
        assertThat(((SelectExpression) s.items().get(1)).sourceText()).isEqualTo("a  +  b");
        assertThat(((SelectExpression) s.items().get(2)).sourceText()).isEqualTo("COUNT( * )");
        assertThat(((SelectExpression) s.items().get(2)).alias()).isEqualTo("n");
        assertThat(((SelectExpression) s.items().get(3)).alias()).isEqualTo("y");
        assertThat(s.items().subList(4, 7)).containsExactly(new AllColumns(null, "t"), new AllColumns(null, null),
                new AllColumns("db", "t"));
    }

    @Test
    void nonReservedKeywordIsAnAlias() {
        // MySQL reads "SELECT 1 FORM t" as alias FORM, then fails at t
        assertThat(((SelectExpression) spec("SELECT 1 status").items().get(0)).alias()).isEqualTo("status");
        assertThatThrownBy(() -> Parser.parse("SELECT 1 FORM t")).isInstanceOf(SqlSyntaxException.class);
    }

    @Test
    void clauses() {
        QuerySpecification s = spec("SELECT DISTINCT SQL_CALC_FOUND_ROWS a FROM t WHERE a > 1 GROUP BY a, b WITH ROLLUP "
                + "HAVING COUNT(*) > 2 WINDOW w AS (ORDER BY a)");
        assertThat(s.distinct()).isTrue();
        assertThat(s.calcFoundRows()).isTrue();
        assertThat(s.groupBy()).containsExactly(col("a"), col("b"));
        assertThat(s.withRollup()).isTrue();
        assertThat(s.having()).isNotNull();
        assertThat(s.windows()).extracting(NamedWindow::name).containsExactly("w");
        assertThat(spec("SELECT 1 FROM DUAL").from()).isEmpty();
        assertThat(spec("SELECT HIGH_PRIORITY SQL_NO_CACHE STRAIGHT_JOIN 1").straightJoin()).isTrue();
    }

    @Test
    void orderLimitAndLocking() {
        Query q = query("SELECT a FROM t ORDER BY a DESC, b LIMIT 10, 5 FOR SHARE OF t SKIP LOCKED");
        assertThat(q.orderBy()).containsExactly(new OrderItem(col("a"), SortOrder.DESC), new OrderItem(col("b"), SortOrder.DEFAULT));
        assertThat(q.limit()).isEqualTo(new Limit(num(5), num(10)));
        assertThat(q.locking()).isEqualTo(new LockingClause(LockStrength.FOR_SHARE, List.of(new ObjectName(null, "t")), LockWait.SKIP_LOCKED));
        assertThat(query("SELECT 1 LIMIT 3 OFFSET ?").limit()).isEqualTo(new Limit(num(3), new Parameter(0)));
        assertThat(query("SELECT 1 FROM t LOCK IN SHARE MODE").locking().strength()).isEqualTo(LockStrength.LOCK_IN_SHARE_MODE);
    }

    @Test
    void joins() {
        QuerySpecification s = spec("SELECT * FROM a, b AS x INNER JOIN c ON x.id = c.id LEFT OUTER JOIN d USING (id) "
                + "CROSS JOIN e STRAIGHT_JOIN f NATURAL RIGHT JOIN g");
        assertThat(s.from()).hasSize(2);
        assertThat(s.from().get(0)).isEqualTo(new TableName(new ObjectName(null, "a"), null, List.of(), List.of()));
        // a conditionless join takes a table_reference on the right (MySQL shifts the following joins)
        Join cross = (Join) s.from().get(1);
        assertThat(cross.type()).isEqualTo(JoinType.CROSS);
        Join naturalRight = (Join) cross.right();
        assertThat(naturalRight.type()).isEqualTo(JoinType.NATURAL_RIGHT);
        assertThat(((Join) naturalRight.left()).type()).isEqualTo(JoinType.STRAIGHT);
        Join left = (Join) cross.left();
        assertThat(left.type()).isEqualTo(JoinType.LEFT);
        assertThat(left.using()).containsExactly("id");
        Join inner = (Join) left.left();
        assertThat(inner.on()).isNotNull();
        assertThat(((TableName) inner.left()).alias()).isEqualTo("x");
        assertThatThrownBy(() -> Parser.parse("SELECT * FROM a LEFT JOIN b")).isInstanceOf(SqlSyntaxException.class);
    }

    @Test
    void rightNestedJoins() {
        Join outer = (Join) spec("SELECT * FROM t1 JOIN t2 JOIN t3 ON t2.a = t3.a ON t1.a = t2.a").from().get(0);
        assertThat(outer.left()).isEqualTo(new TableName(new ObjectName(null, "t1"), null, List.of(), List.of()));
        assertThat(outer.on()).isNotNull();
        assertThat(outer.right()).isInstanceOfSatisfying(Join.class, inner -> assertThat(inner.on()).isNotNull());
        Join chain = (Join) spec("SELECT * FROM t1 JOIN t2 ON x JOIN t3 ON y").from().get(0);
        assertThat(chain.left()).isInstanceOf(Join.class);
        assertThat(chain.right()).isInstanceOf(TableName.class);
    }

    @Test
    void derivedTablesAndHints() {
        QuerySpecification s = spec("SELECT * FROM (SELECT 1) AS d (x), LATERAL (SELECT 2) e, "
                + "t USE INDEX FOR ORDER BY (i1, PRIMARY) IGNORE KEY (i2), ((SELECT 3)) f, (t1 JOIN t2)");
        assertThat(s.from().get(0)).isInstanceOfSatisfying(DerivedTable.class, d -> {
            assertThat(d.alias()).isEqualTo("d");
            assertThat(d.columnAliases()).containsExactly("x");
        });
        assertThat(s.from().get(1)).isInstanceOfSatisfying(DerivedTable.class, d -> assertThat(d.lateral()).isTrue());
        assertThat(((TableName) s.from().get(2)).indexHints()).containsExactly(
                new IndexHint(IndexHintType.USE, IndexHintScope.ORDER_BY, List.of("i1", "PRIMARY")),
                new IndexHint(IndexHintType.IGNORE, IndexHintScope.ALL, List.of("i2")));
        assertThat(s.from().get(3)).isInstanceOf(DerivedTable.class);
        assertThat(s.from().get(4)).isInstanceOf(Join.class);
    }

    @Test
    void setOperationsAndNesting() {
        Query q = query("SELECT 1 UNION SELECT 2 INTERSECT SELECT 3 UNION ALL (SELECT 4 ORDER BY 1 LIMIT 1) ORDER BY 1 LIMIT 2");
        SetOperation top = (SetOperation) q.body();
        assertThat(top.all()).isTrue();
        assertThat(top.right()).isInstanceOfSatisfying(NestedQuery.class, n -> assertThat(n.query().limit()).isNotNull());
        SetOperation inner = (SetOperation) top.left();
        assertThat(inner.operator()).isEqualTo(SetOperator.UNION);
        assertThat(inner.right()).isInstanceOfSatisfying(SetOperation.class,
                i -> assertThat(i.operator()).isEqualTo(SetOperator.INTERSECT));
        assertThat(q.limit()).isEqualTo(new Limit(num(2), null));
    }

    @Test
    void withTableAndValues() {
        Query q = query("WITH RECURSIVE c (n) AS (SELECT 1), d AS (SELECT 2) SELECT * FROM c, d");
        assertThat(q.with().recursive()).isTrue();
        assertThat(q.with().expressions()).extracting(CommonTableExpression::name).containsExactly("c", "d");
        assertThat(query("TABLE db.t ORDER BY a").body()).isEqualTo(new ExplicitTable(new ObjectName("db", "t")));
        assertThat(query("VALUES ROW(1, 2), ROW(3, 4)").body()).isInstanceOfSatisfying(TableValueConstructor.class,
                t -> assertThat(t.rows()).hasSize(2));
    }

    @Test
    void selectInto() {
        Select s = (Select) Parser.parse("SELECT a, b INTO @x, local_var FROM t");
        assertThat(s.into()).containsExactly(new UserVariable("x"), col("local_var"));
        assertThat(((Select) Parser.parse("SELECT a FROM t LIMIT 1 INTO @y")).into()).containsExactly(new UserVariable("y"));
    }
}
