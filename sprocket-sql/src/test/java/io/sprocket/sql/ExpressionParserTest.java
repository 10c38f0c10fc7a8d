package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpressionParserTest {

    static Expression expr(String text) {
        return expr(text, ParserOptions.DEFAULT);
    }

    static Expression expr(String text, ParserOptions options) {
        Select select = (Select) Parser.parse("SELECT " + text, options);
        QuerySpecification spec = (QuerySpecification) select.query().body();
        return ((SelectExpression) spec.items().get(0)).expression();
    }

    static ColumnRef col(String name) {
        return new ColumnRef(null, null, name);
    }

    static IntegerLiteral num(long n) {
        return new IntegerLiteral(BigInteger.valueOf(n), Long.toString(n));
    }

    static BinaryOperation op(BinaryOperator operator, Expression left, Expression right) {
        return new BinaryOperation(operator, left, right);
    }

    @Test
    void arithmeticPrecedence() {
        assertThat(expr("1 + 2 * 3")).isEqualTo(op(BinaryOperator.ADD, num(1), op(BinaryOperator.MULTIPLY, num(2), num(3))));
        assertThat(expr("1 - 2 - 3")).isEqualTo(op(BinaryOperator.SUBTRACT, op(BinaryOperator.SUBTRACT, num(1), num(2)), num(3)));
        assertThat(expr("a ^ b * c")).isEqualTo(op(BinaryOperator.MULTIPLY, op(BinaryOperator.BIT_XOR, col("a"), col("b")), col("c")));
        assertThat(expr("a | b & c << 1")).isEqualTo(op(BinaryOperator.BIT_OR, col("a"),
                op(BinaryOperator.BIT_AND, col("b"), op(BinaryOperator.SHIFT_LEFT, col("c"), num(1)))));
        assertThat(expr("7 DIV 2 MOD 3 % 4")).isEqualTo(op(BinaryOperator.MODULO, op(BinaryOperator.MODULO,
                op(BinaryOperator.INTEGER_DIVIDE, num(7), num(2)), num(3)), num(4)));
        assertThat(expr("-a * 2")).isEqualTo(op(BinaryOperator.MULTIPLY, new UnaryOperation(UnaryOperator.NEGATE, col("a")), num(2)));
    }

    @Test
    void logicalPrecedence() {
        assertThat(expr("a OR b AND c")).isEqualTo(op(BinaryOperator.OR, col("a"), op(BinaryOperator.AND, col("b"), col("c"))));
        assertThat(expr("a XOR b OR c")).isEqualTo(op(BinaryOperator.OR, op(BinaryOperator.XOR, col("a"), col("b")), col("c")));
        assertThat(expr("a || b && c")).isEqualTo(op(BinaryOperator.OR, col("a"), op(BinaryOperator.AND, col("b"), col("c"))));
        assertThat(expr("NOT a = b")).isEqualTo(new UnaryOperation(UnaryOperator.NOT, op(BinaryOperator.EQUAL, col("a"), col("b"))));
        assertThat(expr("!a = b")).isEqualTo(op(BinaryOperator.EQUAL, new UnaryOperation(UnaryOperator.NOT, col("a")), col("b")));
        assertThat(expr("NOT a = b", ParserOptions.fromSqlMode("HIGH_NOT_PRECEDENCE")))
                .isEqualTo(op(BinaryOperator.EQUAL, new UnaryOperation(UnaryOperator.NOT, col("a")), col("b")));
    }

    @Test
    void pipesAsConcat() {
        assertThat(expr("a || b = 'ab'", ParserOptions.fromSqlMode("PIPES_AS_CONCAT"))).isEqualTo(
                op(BinaryOperator.EQUAL, op(BinaryOperator.CONCAT, col("a"), col("b")), new StringLiteral("ab", null)));
    }

    @Test
    void comparisonsAndPredicates() {
        assertThat(expr("a = b IS NULL")).isEqualTo(new IsTest(op(BinaryOperator.EQUAL, col("a"), col("b")), IsCondition.NULL, false));
        assertThat(expr("a IS NOT TRUE")).isEqualTo(new IsTest(col("a"), IsCondition.TRUE, true));
        assertThat(expr("a IS UNKNOWN")).isEqualTo(new IsTest(col("a"), IsCondition.UNKNOWN, false));
        assertThat(expr("a != 1")).isEqualTo(op(BinaryOperator.NOT_EQUAL, col("a"), num(1)));
        assertThat(expr("a <=> NULL")).isEqualTo(op(BinaryOperator.NULL_SAFE_EQUAL, col("a"), new NullLiteral()));
        assertThat(expr("a BETWEEN 1 AND 2 AND b")).isEqualTo(op(BinaryOperator.AND,
                new Between(col("a"), num(1), num(2), false), col("b")));
        assertThat(expr("a NOT BETWEEN 1 + 1 AND 5")).isEqualTo(new Between(col("a"),
                op(BinaryOperator.ADD, num(1), num(1)), num(5), true));
        assertThat(expr("a NOT IN (1, 2)")).isEqualTo(new InList(col("a"), List.of(num(1), num(2)), true));
        assertThat(expr("a LIKE 'x%' ESCAPE '!'")).isEqualTo(new Like(col("a"), new StringLiteral("x%", null),
                new StringLiteral("!", null), false));
        assertThat(expr("a NOT REGEXP '^x'")).isEqualTo(new Regexp(col("a"), new StringLiteral("^x", null), true));
        assertThat(expr("a RLIKE 'x'")).isEqualTo(new Regexp(col("a"), new StringLiteral("x", null), false));
        assertThat(expr("1 MEMBER OF ('[1]')")).isEqualTo(new MemberOf(num(1), new StringLiteral("[1]", null)));
        assertThat(expr("a IN (SELECT 1)")).isInstanceOf(InSubquery.class);
        assertThat(expr("a > ALL (SELECT 1)")).isInstanceOfSatisfying(QuantifiedComparison.class,
                q -> assertThat(q.quantifier()).isEqualTo(Quantifier.ALL));
        assertThat(expr("a = SOME (SELECT 1)")).isInstanceOfSatisfying(QuantifiedComparison.class,
                q -> assertThat(q.quantifier()).isEqualTo(Quantifier.ANY));
        assertThat(expr("(a, b) = (1, 2)")).isEqualTo(op(BinaryOperator.EQUAL,
                new RowConstructor(List.of(col("a"), col("b")), false), new RowConstructor(List.of(num(1), num(2)), false)));
        assertThat(expr("ROW(1, 2)")).isEqualTo(new RowConstructor(List.of(num(1), num(2)), true));
    }

    @Test
    void literals() {
        assertThat(expr("'a' 'b' \"c\"")).isEqualTo(new StringLiteral("abc", null));
        assertThat(expr("_utf8mb4'x' COLLATE utf8mb4_bin")).isEqualTo(new Collate(new StringLiteral("x", "utf8mb4"), "utf8mb4_bin"));
        assertThat(expr("N'x'")).isEqualTo(new StringLiteral("x", "utf8mb3"));
        assertThat(expr("_binary X'41'")).isEqualTo(new HexLiteral("41", "binary"));
        assertThat(expr("0b101")).isEqualTo(new BitLiteral("101", null));
        assertThat(expr("1.50")).isInstanceOfSatisfying(DecimalLiteral.class, d -> assertThat(d.text()).isEqualTo("1.50"));
        assertThat(expr("1e3")).isEqualTo(new ApproximateLiteral(1000.0, "1e3"));
        assertThat(expr("18446744073709551616")).isEqualTo(new IntegerLiteral(new BigInteger("18446744073709551616"),
                "18446744073709551616"));
        assertThat(expr("DATE '2020-01-02'")).isEqualTo(new TemporalLiteral(TemporalKind.DATE, "2020-01-02"));
        assertThat(expr("TIMESTAMP '2020-01-02 03:04:05'")).isEqualTo(new TemporalLiteral(TemporalKind.TIMESTAMP, "2020-01-02 03:04:05"));
        assertThat(expr("TRUE")).isEqualTo(new BooleanLiteral(true));
        assertThat(expr("NULL")).isEqualTo(new NullLiteral());
    }

    @Test
    void references() {
        assertThat(expr("db.t.c")).isEqualTo(new ColumnRef("db", "t", "c"));
        assertThat(expr("t.`select`")).isEqualTo(new ColumnRef(null, "t", "select"));
        assertThat(expr("@v")).isEqualTo(new UserVariable("v"));
        assertThat(expr("@v := 1 + 1")).isEqualTo(new AssignUserVariable("v", op(BinaryOperator.ADD, num(1), num(1))));
        assertThat(expr("@@sql_mode")).isEqualTo(new SystemVariable(VariableScope.DEFAULT, "sql_mode"));
        assertThat(expr("@@global.max_connections")).isEqualTo(new SystemVariable(VariableScope.GLOBAL, "max_connections"));
        assertThat(expr("@@SESSION.autocommit")).isEqualTo(new SystemVariable(VariableScope.SESSION, "autocommit"));
        assertThat(expr("j->'$.a'")).isEqualTo(op(BinaryOperator.JSON_EXTRACT, col("j"), new StringLiteral("$.a", null)));
        assertThat(expr("j->>'$.a'")).isEqualTo(op(BinaryOperator.JSON_UNQUOTE_EXTRACT, col("j"), new StringLiteral("$.a", null)));
    }

    @Test
    void placeholdersAreNumberedInOrder() {
        Select s = (Select) Parser.parse("SELECT ?, ? + ? FROM t WHERE a = ?");
        assertThat(Parser.parseSingle("SELECT ?, ? + ? FROM t WHERE a = ?", ParserOptions.DEFAULT).parameterCount()).isEqualTo(4);
        QuerySpecification spec = (QuerySpecification) s.query().body();
        assertThat(((SelectExpression) spec.items().get(0)).expression()).isEqualTo(new Parameter(0));
        assertThat(spec.where()).isEqualTo(op(BinaryOperator.EQUAL, col("a"), new Parameter(3)));
    }

    @Test
    void specialFunctionSyntax() {
        assertThat(expr("CAST(a AS UNSIGNED INTEGER)")).isEqualTo(new Cast(col("a"),
                new DataType(TypeName.UNSIGNED, null, null, false, false, null, null, false, List.of())));
        assertThat(expr("CAST(a AS CHAR(10) CHARACTER SET latin1)")).isEqualTo(new Cast(col("a"),
                new DataType(TypeName.CHAR, 10, null, false, false, "latin1", null, false, List.of())));
        assertThat(expr("CONVERT(a, DECIMAL(10,2))")).isEqualTo(new Cast(col("a"),
                new DataType(TypeName.DECIMAL, 10, 2, false, false, null, null, false, List.of())));
        assertThat(expr("CONVERT(a USING utf8mb4)")).isEqualTo(new ConvertUsing(col("a"), "utf8mb4"));
        assertThat(expr("TRIM(a)")).isEqualTo(new Trim(TrimMode.DEFAULT, null, col("a")));
        assertThat(expr("TRIM(LEADING 'x' FROM a)")).isEqualTo(new Trim(TrimMode.LEADING, new StringLiteral("x", null), col("a")));
        assertThat(expr("TRIM(BOTH FROM a)")).isEqualTo(new Trim(TrimMode.BOTH, null, col("a")));
        assertThat(expr("TRIM('x' FROM a)")).isEqualTo(new Trim(TrimMode.DEFAULT, new StringLiteral("x", null), col("a")));
        assertThat(expr("SUBSTRING(a FROM 2 FOR 3)")).isEqualTo(new FunctionCall(null, "SUBSTRING", List.of(col("a"), num(2), num(3))));
        assertThat(expr("POSITION('b' IN a)")).isEqualTo(new FunctionCall(null, "LOCATE", List.of(new StringLiteral("b", null), col("a"))));
        assertThat(expr("EXTRACT(YEAR_MONTH FROM d)")).isEqualTo(new Extract(IntervalUnit.YEAR_MONTH, col("d")));
        assertThat(expr("DATE_ADD(d, INTERVAL 1 DAY)")).isEqualTo(new DateArithmetic(false, col("d"), num(1), IntervalUnit.DAY));
        assertThat(expr("SUBDATE(d, 3)")).isEqualTo(new DateArithmetic(true, col("d"), num(3), IntervalUnit.DAY));
        assertThat(expr("d - INTERVAL 2 HOUR")).isEqualTo(new DateArithmetic(true, col("d"), num(2), IntervalUnit.HOUR));
        assertThat(expr("INTERVAL 2 HOUR + d")).isEqualTo(new DateArithmetic(false, col("d"), num(2), IntervalUnit.HOUR));
        assertThat(expr("INTERVAL(5, 1, 10)")).isEqualTo(new FunctionCall(null, "interval", List.of(num(5), num(1), num(10))));
        assertThat(expr("TIMESTAMPDIFF(SQL_TSI_DAY, a, b)")).isEqualTo(new TimestampDiff(IntervalUnit.DAY, col("a"), col("b")));
        assertThat(expr("TIMESTAMPADD(MINUTE, 1, a)")).isEqualTo(new TimestampAdd(IntervalUnit.MINUTE, num(1), col("a")));
        assertThat(expr("CHAR(65, 66 USING utf8mb4)")).isEqualTo(new CharFunction(List.of(num(65), num(66)), "utf8mb4"));
        assertThat(expr("GET_FORMAT(DATE, 'USA')")).isEqualTo(new GetFormat(TemporalKind.DATE, new StringLiteral("USA", null)));
        assertThat(expr("IF(a, 1, 2)")).isEqualTo(new FunctionCall(null, "IF", List.of(col("a"), num(1), num(2))));
        assertThat(expr("mydb.f(1)")).isEqualTo(new FunctionCall("mydb", "f", List.of(num(1))));
        assertThat(expr("CURRENT_TIMESTAMP")).isEqualTo(new FunctionCall(null, "CURRENT_TIMESTAMP", List.of()));
        assertThat(expr("CURRENT_TIMESTAMP(3)")).isEqualTo(new FunctionCall(null, "CURRENT_TIMESTAMP", List.of(num(3))));
        assertThat(expr("CURRENT_USER")).isEqualTo(new FunctionCall(null, "CURRENT_USER", List.of()));
        assertThat(expr("DEFAULT(a)")).isEqualTo(new DefaultValue(col("a")));
        assertThat(expr("BINARY a")).isEqualTo(new UnaryOperation(UnaryOperator.BINARY, col("a")));
    }

    @Test
    void aggregatesAndWindows() {
        assertThat(expr("COUNT(*)")).isEqualTo(new AggregateCall("COUNT", false, true, List.of(), null));
        assertThat(expr("count(DISTINCT a, b)")).isEqualTo(new AggregateCall("COUNT", true, false, List.of(col("a"), col("b")), null));
        assertThat(expr("GROUP_CONCAT(DISTINCT a ORDER BY b DESC SEPARATOR ';')")).isEqualTo(new GroupConcat(true,
                List.of(col("a")), List.of(new OrderItem(col("b"), SortOrder.DESC)), new StringLiteral(";", null)));
        assertThat(expr("SUM(a) OVER w")).isEqualTo(new AggregateCall("SUM", false, false, List.of(col("a")), new NamedWindowReference("w")));
        assertThat(expr("ROW_NUMBER() OVER (PARTITION BY a ORDER BY b ROWS BETWEEN 1 PRECEDING AND UNBOUNDED FOLLOWING)"))
                .isEqualTo(new WindowFunctionCall("ROW_NUMBER", List.of(), false, false, new WindowSpecification(null,
                        List.of(col("a")), List.of(new OrderItem(col("b"), SortOrder.DEFAULT)),
                        new WindowFrame(FrameUnit.ROWS, new FrameBound(FrameBoundKind.PRECEDING, num(1), null),
                                new FrameBound(FrameBoundKind.UNBOUNDED_FOLLOWING, null, null)))));
        assertThat(expr("NTH_VALUE(a, 2) FROM LAST IGNORE NULLS OVER (w RANGE INTERVAL 1 DAY PRECEDING)"))
                .isEqualTo(new WindowFunctionCall("NTH_VALUE", List.of(col("a"), num(2)), true, true,
                        new WindowSpecification("w", List.of(), List.of(), new WindowFrame(FrameUnit.RANGE,
                                new FrameBound(FrameBoundKind.PRECEDING, num(1), IntervalUnit.DAY), null))));
    }

    @Test
    void caseAndSubqueries() {
        assertThat(expr("CASE a WHEN 1 THEN 'x' ELSE 'y' END")).isEqualTo(new CaseExpression(col("a"),
                List.of(new WhenClause(num(1), new StringLiteral("x", null))), new StringLiteral("y", null)));
        assertThat(expr("CASE WHEN a THEN 1 END")).isEqualTo(new CaseExpression(null,
                List.of(new WhenClause(col("a"), num(1))), null));
        assertThat(expr("(SELECT 1) + 1")).isInstanceOfSatisfying(BinaryOperation.class,
                b -> assertThat(b.left()).isInstanceOf(ScalarSubquery.class));
        assertThat(expr("((SELECT 1) UNION (SELECT 2))")).isInstanceOfSatisfying(ScalarSubquery.class,
                s -> assertThat(s.query().body()).isInstanceOf(SetOperation.class));
        assertThat(expr("NOT EXISTS (SELECT * FROM t)")).isInstanceOfSatisfying(UnaryOperation.class,
                u -> assertThat(u.operand()).isInstanceOf(Exists.class));
    }

    @Test
    void reservedWordsAreNotColumns() {
        assertThatThrownBy(() -> expr("select")).isInstanceOf(SqlSyntaxException.class);
        assertThatThrownBy(() -> expr("CAST(1 AS INT)")).isInstanceOf(SqlSyntaxException.class);
        assertThat(expr("status")).isEqualTo(col("status"));
        assertThat(expr("`order`")).isEqualTo(col("order"));
    }
}
