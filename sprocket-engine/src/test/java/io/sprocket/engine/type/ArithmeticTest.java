package io.sprocket.engine.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expectations from the oracle's {@code SELECT <expression>} unless noted. */
class ArithmeticTest {
    private static final Warnings IGNORE = Warnings.IGNORE;

    private static BigDecimal dec(String s) { return new BigDecimal(s); }

    @Test
    void integerArithmeticAndOverflow() {
        assertThat(Arithmetic.add(1L, 2L, false, "(1 + 2)", IGNORE)).isEqualTo(3L);
        assertThatThrownBy(() -> Arithmetic.add(Long.MAX_VALUE, 1L, false, "(9223372036854775807 + 1)", IGNORE))
                .isInstanceOf(SqlException.class)
                .hasMessage("BIGINT value is out of range in '(9223372036854775807 + 1)'")
                .extracting(e -> ((SqlException) e).errno()).isEqualTo(1690);
        // SELECT CAST(1 AS UNSIGNED) - 2 -> 1690 BIGINT UNSIGNED value is out of range
        assertThatThrownBy(() -> Arithmetic.subtract(1L, 2L, true, "(cast(1 as unsigned) - 2)", IGNORE))
                .hasMessage("BIGINT UNSIGNED value is out of range in '(cast(1 as unsigned) - 2)'");
        assertThat(Arithmetic.add(Long.MAX_VALUE, 1L, true, "x", IGNORE)).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(Arithmetic.subtract(new BigInteger("18446744073709551615"), 1L, true, "x", IGNORE))
                .isEqualTo(new BigInteger("18446744073709551614"));
        assertThat(Arithmetic.add(5L, -3L, true, "x", IGNORE)).isEqualTo(2L);
        assertThatThrownBy(() -> Arithmetic.multiply(Long.MAX_VALUE, 2L, false, "(a * b)", IGNORE))
                .hasMessage("BIGINT value is out of range in '(a * b)'");
        assertThat(Arithmetic.multiply(-4L, 5L, false, "x", IGNORE)).isEqualTo(-20L);
        assertThatThrownBy(() -> Arithmetic.negate(Long.MIN_VALUE, "-(a)", IGNORE)).hasMessageContaining("BIGINT value");
        assertThat(Arithmetic.negate(new BigInteger("9223372036854775808"), "x", IGNORE)).isEqualTo(Long.MIN_VALUE);
        assertThat(Arithmetic.add(null, 1L, false, "x", IGNORE)).isNull();
    }

    @Test
    void decimalAndDouble() {
        // SELECT 2.50*3.0 -> 7.500; 1+1.5 -> 2.5; 0.1 + 0.2 -> 0.3; 0.1e0+0.2e0 -> 0.30000000000000004
        assertThat(Arithmetic.multiply(dec("2.50"), dec("3.0"), false, "x", IGNORE)).isEqualTo(dec("7.500"));
        assertThat(Arithmetic.add(1L, dec("1.5"), false, "x", IGNORE)).isEqualTo(dec("2.5"));
        assertThat(Arithmetic.add(dec("0.1"), dec("0.2"), false, "x", IGNORE)).isEqualTo(dec("0.3"));
        assertThat(Arithmetic.add(0.1, 0.2, false, "x", IGNORE)).isEqualTo(0.30000000000000004);
        // SELECT 9223372036854775807 + 1.0 -> 9223372036854775808.0
        assertThat(Arithmetic.add(Long.MAX_VALUE, dec("1.0"), false, "x", IGNORE)).isEqualTo(dec("9223372036854775808.0"));
        // SELECT '3' + '4' -> 7 (DOUBLE); '1.5' * 2 -> 3
        assertThat(Arithmetic.add("3", "4", false, "x", IGNORE)).isEqualTo(7.0);
        assertThat(Arithmetic.multiply("1.5", 2L, false, "x", IGNORE)).isEqualTo(3.0);
        // SELECT 1e308 * 10 -> 1690 DOUBLE value is out of range in '1e308 * 10'
        assertThatThrownBy(() -> Arithmetic.multiply(1e308, 10L, false, "(1e308 * 10)", IGNORE))
                .hasMessage("DOUBLE value is out of range in '(1e308 * 10)'");
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Arithmetic.add("a", 1L, false, "x", w)).isEqualTo(1.0);
        assertThat(w.rows()).containsExactly("Warning|1292|Truncated incorrect DOUBLE value: 'a'");
        assertThat(Arithmetic.add(new SqlDate(2024, 1, 2), 0L, false, "x", IGNORE)).isEqualTo(20240102L);
    }

    @Test
    void division() {
        // SELECT 1/3, 2/3, 1.0/3, 7/2.00 -> 0.3333 0.6667 0.33333 3.5000
        assertThat(Arithmetic.divide(1L, 3L, 4, DivisionByZero.WARNING, "x", IGNORE)).isEqualTo(dec("0.3333"));
        assertThat(Arithmetic.divide(2L, 3L, 4, DivisionByZero.WARNING, "x", IGNORE)).isEqualTo(dec("0.6667"));
        assertThat(Arithmetic.divide(dec("1.0"), 3L, 4, DivisionByZero.WARNING, "x", IGNORE)).isEqualTo(dec("0.33333"));
        assertThat(Arithmetic.divide(7L, dec("2.00"), 4, DivisionByZero.WARNING, "x", IGNORE)).isEqualTo(dec("3.5000"));
        assertThat(Arithmetic.divide(1.0, 3L, 4, DivisionByZero.WARNING, "x", IGNORE)).isEqualTo(0.3333333333333333);
        // SELECT 10 DIV 3, -7 DIV 2, 7.5 DIV 2, 2.5 DIV 1 -> 3 -3 3 2
        assertThat(Arithmetic.intDivide(10L, 3L, false, DivisionByZero.WARNING, "x", IGNORE)).isEqualTo(3L);
        assertThat(Arithmetic.intDivide(-7L, 2L, false, DivisionByZero.WARNING, "x", IGNORE)).isEqualTo(-3L);
        assertThat(Arithmetic.intDivide(dec("7.5"), 2L, false, DivisionByZero.WARNING, "x", IGNORE)).isEqualTo(3L);
        assertThat(Arithmetic.intDivide(dec("2.5"), 1L, false, DivisionByZero.WARNING, "x", IGNORE)).isEqualTo(2L);
        // SELECT -7 % 3, 7 % -3, 5.5 % 2, 1.5e0 % 1 -> -1 1 1.5 0.5
        assertThat(Arithmetic.mod(-7L, 3L, DivisionByZero.WARNING, IGNORE)).isEqualTo(-1L);
        assertThat(Arithmetic.mod(7L, -3L, DivisionByZero.WARNING, IGNORE)).isEqualTo(1L);
        assertThat(Arithmetic.mod(dec("5.5"), 2L, DivisionByZero.WARNING, IGNORE)).isEqualTo(dec("1.5"));
        assertThat(Arithmetic.mod(1.5, 1L, DivisionByZero.WARNING, IGNORE)).isEqualTo(0.5);
    }

    @Test
    void divisionByZero() {
        // SELECT 5/0, 5 DIV 0, 5 % 0 -> NULL NULL NULL with three Warnings 1365 Division by 0
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Arithmetic.divide(5L, 0L, 4, DivisionByZero.WARNING, "x", w)).isNull();
        assertThat(Arithmetic.intDivide(5L, 0L, false, DivisionByZero.WARNING, "x", w)).isNull();
        assertThat(Arithmetic.mod(5L, 0L, DivisionByZero.WARNING, w)).isNull();
        assertThat(w.rows()).containsExactly("Warning|1365|Division by 0", "Warning|1365|Division by 0",
                "Warning|1365|Division by 0");
        CollectedWarnings quiet = new CollectedWarnings();
        assertThat(Arithmetic.divide(5L, 0.0, 4, DivisionByZero.NULL_SILENTLY, "x", quiet)).isNull();
        assertThat(quiet.rows()).isEmpty();
        assertThatThrownBy(() -> Arithmetic.divide(5L, dec("0.00"), 4, DivisionByZero.ERROR, "x", IGNORE))
                .isInstanceOf(SqlException.class).hasMessage("Division by 0");
        assertThat(DivisionByZero.of(true, true)).isEqualTo(DivisionByZero.ERROR);
        assertThat(DivisionByZero.of(false, true)).isEqualTo(DivisionByZero.NULL_SILENTLY);
    }

    @Test
    void bitOperators() {
        // SELECT 18446744073709551615 & 255, ~0, 1 << 64, 1 << 63, -1 >> 1, 3 ^ 5, 1.6 | 0, -1.5 | 0
        BigInteger max = new BigInteger("18446744073709551615");
        assertThat(Arithmetic.bitAnd(max, 255L, IGNORE)).isEqualTo(255L);
        assertThat(Arithmetic.bitNot(0L, IGNORE)).isEqualTo(max);
        assertThat(Arithmetic.shiftLeft(1L, 64L, IGNORE)).isEqualTo(0L);
        assertThat(Arithmetic.shiftLeft(1L, 63L, IGNORE)).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(Arithmetic.shiftRight(-1L, 1L, IGNORE)).isEqualTo(Long.MAX_VALUE);
        assertThat(Arithmetic.bitXor(3L, 5L, IGNORE)).isEqualTo(6L);
        assertThat(Arithmetic.bitOr(dec("1.6"), 0L, IGNORE)).isEqualTo(2L);
        assertThat(Arithmetic.bitOr(dec("-1.5"), 0L, IGNORE)).isEqualTo(new BigInteger("18446744073709551614"));
    }

    @Test
    void resultTypes() {
        SqlType one = OperatorTypes.integerLiteral(1L);
        // SELECT 1+1: BIGINT length 3 (MariaDB reports LONG); 1+1.5: DECIMAL length 5 dec 1
        assertThat(OperatorTypes.resultType(ArithmeticOperator.PLUS, one, one, 4).displayLength()).isEqualTo(3);
        assertThat(OperatorTypes.resultType(ArithmeticOperator.PLUS, one, one, 4).kind()).isEqualTo(TypeKind.BIGINT);
        SqlType onePointFive = OperatorTypes.decimalLiteral(dec("1.5"));
        SqlType sum = OperatorTypes.resultType(ArithmeticOperator.PLUS, one, onePointFive, 4);
        assertThat(List.of(sum.kind(), sum.displayLength(), (long) sum.decimals())).containsExactly(TypeKind.DECIMAL, 5L, 1L);
        // SELECT 1/3: NEWDECIMAL length 7 decimals 4; 1.0/3: 8 / 5; 7/2.00: 9 / 4; 2/1: 7 / 4
        SqlType q = OperatorTypes.resultType(ArithmeticOperator.DIVIDE, one, OperatorTypes.integerLiteral(3L), 4);
        assertThat(List.of(q.displayLength(), (long) q.decimals())).containsExactly(7L, 4L);
        q = OperatorTypes.resultType(ArithmeticOperator.DIVIDE, OperatorTypes.decimalLiteral(dec("1.0")), OperatorTypes.integerLiteral(3L), 4);
        assertThat(List.of(q.displayLength(), (long) q.decimals())).containsExactly(8L, 5L);
        q = OperatorTypes.resultType(ArithmeticOperator.DIVIDE, OperatorTypes.integerLiteral(7L), OperatorTypes.decimalLiteral(dec("2.00")), 4);
        assertThat(List.of(q.displayLength(), (long) q.decimals())).containsExactly(9L, 4L);
        // SELECT 2.50*3.0: length 7 decimals 3; 5.5 % 2: length 4 decimals 1
        q = OperatorTypes.resultType(ArithmeticOperator.MULTIPLY, OperatorTypes.decimalLiteral(dec("2.50")), OperatorTypes.decimalLiteral(dec("3.0")), 4);
        assertThat(List.of(q.displayLength(), (long) q.decimals())).containsExactly(7L, 3L);
        q = OperatorTypes.resultType(ArithmeticOperator.MOD, OperatorTypes.decimalLiteral(dec("5.5")), OperatorTypes.integerLiteral(2L), 4);
        assertThat(List.of(q.displayLength(), (long) q.decimals())).containsExactly(4L, 1L);
        // SELECT 1e0+1, 'a'+1: DOUBLE length 23 decimals 31
        q = OperatorTypes.resultType(ArithmeticOperator.PLUS, OperatorTypes.stringLiteral("a", null), one, 4);
        assertThat(List.of(q.kind(), q.displayLength(), (long) q.decimals())).containsExactly(TypeKind.DOUBLE, 23L, 31L);
        // SELECT 1 << 2, ~0, 1|2: BIGINT UNSIGNED length 21
        q = OperatorTypes.resultType(ArithmeticOperator.BIT_OR, one, one, 4);
        assertThat(List.of(q.unsigned(), q.displayLength())).containsExactly(true, 21L);
        // int column + unsigned column is unsigned
        q = OperatorTypes.resultType(ArithmeticOperator.PLUS, SqlType.INT, SqlType.integer(TypeKind.INT, true), 4);
        assertThat(q.unsigned()).isTrue();
        // SELECT 5 DIV 2: length 1; SELECT -1: length 2
        assertThat(OperatorTypes.resultType(ArithmeticOperator.INT_DIVIDE, OperatorTypes.integerLiteral(5L), OperatorTypes.integerLiteral(2L), 4).displayLength()).isEqualTo(1);
        assertThat(OperatorTypes.resultType(ArithmeticOperator.NEGATE, one, null, 4).displayLength()).isEqualTo(2);
    }
}
