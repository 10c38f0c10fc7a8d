package io.sprocket.engine.catalog;

import static io.sprocket.engine.catalog.Ast.num;
import static io.sprocket.engine.catalog.Ast.ref;
import static io.sprocket.engine.catalog.Ast.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.row.RowCodec;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.FunctionCall;
import io.sprocket.sql.ast.InList;
import io.sprocket.sql.ast.IsCondition;
import io.sprocket.sql.ast.IsTest;
import io.sprocket.sql.ast.Like;
import io.sprocket.sql.ast.UnaryOperation;
import io.sprocket.sql.ast.UnaryOperator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionStorageTest {
    private static Expression roundTrip(Expression e) {
        RowCodec.Writer w = new RowCodec.Writer(64);
        AstCodec.write(w, e);
        return (Expression) AstCodec.read(new RowCodec.Reader(w.toByteArray()));
    }

    @Test
    void storedExpressionsComeBackEqual() {
        Expression e = new BinaryOperation(BinaryOperator.AND,
                new InList(ref("a"), List.of(num(1), str("x"), new io.sprocket.sql.ast.DecimalLiteral(
                        new java.math.BigDecimal("1.50"), "1.50")), true),
                new IsTest(new FunctionCall(null, "COALESCE", List.of(ref("b"), new io.sprocket.sql.ast.NullLiteral())),
                        IsCondition.NULL, true));
        assertThat(roundTrip(e)).isEqualTo(e);
        Expression approx = new io.sprocket.sql.ast.ApproximateLiteral(1e10, "1e10");
        assertThat(roundTrip(approx)).isEqualTo(approx);
    }

    /** MySQL 8.0 prints CHECK conditions fully parenthesised with lower-case operators and charset introducers. */
    @Test
    void canonicalTextAsMySqlPrintsIt() {
        Expression e = new BinaryOperation(BinaryOperator.AND, new BinaryOperation(BinaryOperator.GREATER_THAN, ref("a"),
                num(0)), new Like(ref("s"), str("x%"), null, false));
        assertThat(ExpressionText.format(e)).isEqualTo("((`a` > 0) and (`s` like _utf8mb4'x%'))");
        assertThat(ExpressionText.format(new UnaryOperation(UnaryOperator.NOT, new IsTest(ref("a"), IsCondition.NULL,
                false)))).isEqualTo("(not((`a` is null)))");
        assertThat(ExpressionText.format(new FunctionCall(null, "RAND", List.of()))).isEqualTo("rand()");
        assertThat(ExpressionText.quote("it's \\ ok")).isEqualTo("'it''s \\\\ ok'");
    }
}
