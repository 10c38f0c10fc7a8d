package io.sprocket.engine.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.error.Warnings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final Warnings IGNORE = Warnings.IGNORE;
    private static final Collation AI = CollationRegistry.UTF8MB4_0900_AI_CI;

    private static int cmp(Object a, Object b) { return Integer.signum(Comparison.compare(a, b, AI, IGNORE)); }

    @Test
    void numbers() {
        assertThat(cmp(1L, 2L)).isEqualTo(-1);
        assertThat(cmp(new BigInteger("18446744073709551615"), -1L)).isEqualTo(1);
        assertThat(cmp(1L, new BigDecimal("1.0"))).isZero();
        assertThat(cmp(new BigDecimal("1.10"), new BigDecimal("1.1"))).isZero();
        assertThat(cmp(1L, 1.0)).isZero();
        assertThat(cmp(0.0, -0.0)).isZero();
        // 9007199254740993 vs its double: integers compare exactly as DECIMAL, not as DOUBLE
        assertThat(cmp(9007199254740993L, new BigDecimal("9007199254740992"))).isEqualTo(1);
        assertThat(cmp(new BitValue(5, 3), 5L)).isZero();
    }

    @Test
    void stringsAgainstNumbersCompareAsDouble() {
        // SELECT 'abc' = 0 -> 1 with Warning 1292 (MySQL: DOUBLE; MariaDB says DECIMAL); '10' = 10.0 -> 1
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Comparison.equal("abc", 0L, AI, w)).isTrue();
        assertThat(w.rows()).containsExactly("Warning|1292|Truncated incorrect DOUBLE value: 'abc'");
        assertThat(cmp("10", new BigDecimal("10.0"))).isZero();
        assertThat(cmp("9", 10L)).isEqualTo(-1); // numerically, not as strings
    }

    @Test
    void stringsUseTheCollation() {
        assertThat(cmp("a", "A")).isZero();
        assertThat(cmp("a", "a ")).isEqualTo(-1); // utf8mb4_0900_ai_ci is NO PAD
        assertThat(Comparison.compare("a", "a ", CollationRegistry.UTF8MB4_GENERAL_CI, IGNORE)).isZero();
        assertThat(Comparison.compare("a", "B", CollationRegistry.UTF8MB4_BIN, IGNORE)).isPositive();
        assertThat(cmp(new byte[]{'a'}, "A")).isEqualTo(1); // binary wins: bytewise
        assertThat(cmp(new byte[]{(byte) 0xff}, new byte[]{0x01})).isEqualTo(1);
    }

    @Test
    void temporals() {
        SqlDate d = new SqlDate(2024, 1, 2);
        assertThat(cmp(d, "2024-01-02")).isZero();
        assertThat(cmp("2024-1-2", d)).isZero();
        assertThat(cmp(d, "2024-01-02 00:00:01")).isEqualTo(-1);
        assertThat(cmp(d, new SqlDateTime(2024, 1, 2, 0, 0, 0, 0))).isZero();
        assertThat(cmp(d, 20240102L)).isZero();
        assertThat(cmp(new SqlTime(false, 10, 0, 0, 0), "09:59:59")).isEqualTo(1);
        assertThat(cmp(new SqlTime(true, 1, 0, 0, 0), new SqlTime(false, 0, 0, 0, 0))).isEqualTo(-1);
        assertThat(cmp(new SqlDateTime(2024, 1, 2, 3, 4, 5, 1), new SqlDateTime(2024, 1, 2, 3, 4, 5, 0))).isEqualTo(1);
    }

    @Test
    void nulls() {
        assertThat(Comparison.equal(null, 1L, AI, IGNORE)).isNull();
        assertThat(Comparison.nullSafeEqual(null, null, AI, IGNORE)).isTrue();
        assertThat(Comparison.nullSafeEqual(null, 1L, AI, IGNORE)).isFalse();
        assertThat(Comparison.compareNullable(1L, null, AI, IGNORE)).isNull();
    }

    @Test
    void json() {
        JsonValue a = JsonValue.parseForColumn("[1, 2]", "j"), b = JsonValue.parseForColumn("[1,2.0]", "j");
        assertThat(cmp(a, b)).isZero();
        assertThat(cmp(JsonValue.parseForColumn("1", "j"), 1L)).isZero();
        assertThat(cmp(JsonValue.parseForColumn("\"b\"", "j"), "a")).isEqualTo(1);
    }

    @Test
    void modes() {
        assertThat(Comparison.mode(SqlType.INT, SqlType.BIGINT_UNSIGNED)).isEqualTo(Comparison.Mode.INTEGER);
        assertThat(Comparison.mode(SqlType.INT, SqlType.decimal(5, 2))).isEqualTo(Comparison.Mode.DECIMAL);
        assertThat(Comparison.mode(SqlType.varchar(3), SqlType.INT)).isEqualTo(Comparison.Mode.DOUBLE);
        assertThat(Comparison.mode(SqlType.varchar(3), SqlType.DATE)).isEqualTo(Comparison.Mode.DATETIME);
        assertThat(Comparison.mode(SqlType.varchar(3), SqlType.time(0))).isEqualTo(Comparison.Mode.TIME);
        assertThat(Comparison.mode(SqlType.varchar(3), SqlType.varbinary(3))).isEqualTo(Comparison.Mode.BINARY);
        assertThat(List.of(Comparison.mode(SqlType.varchar(3), SqlType.character(2)))).containsExactly(Comparison.Mode.STRING);
    }
}
