package io.sprocket.engine.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.WireTemporal;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void stringsInNumericContextWarnAboutTheirPrefix() {
        // oracle: SELECT 'abc'+0, '12abc'+0, '1e5x'+0, ' 12'+0, '.5'+0, '-'+0; SHOW WARNINGS
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Values.toDoubleValue("abc", w)).isEqualTo(0.0);
        assertThat(Values.toDoubleValue("12abc", w)).isEqualTo(12.0);
        assertThat(Values.toDoubleValue("1e5x", w)).isEqualTo(100000.0);
        assertThat(Values.toDoubleValue(" 12", w)).isEqualTo(12.0);
        assertThat(Values.toDoubleValue(".5", w)).isEqualTo(0.5);
        assertThat(Values.toDoubleValue("-", w)).isEqualTo(0.0);
        assertThat(w.rows()).containsExactly(
                "Warning|1292|Truncated incorrect DOUBLE value: 'abc'",
                "Warning|1292|Truncated incorrect DOUBLE value: '12abc'",
                "Warning|1292|Truncated incorrect DOUBLE value: '1e5x'",
                "Warning|1292|Truncated incorrect DOUBLE value: '-'");
    }

    @Test
    void castAsSigned() {
        // oracle: SELECT CAST('abc' AS SIGNED), CAST('12abc' AS SIGNED), CAST('2.5' AS SIGNED) -> 0 12 2 + warnings
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Values.toLong("abc", w)).isEqualTo(0L);
        assertThat(Values.toLong("12abc", w)).isEqualTo(12L);
        assertThat(Values.toLong("2.5", w)).isEqualTo(2L);
        assertThat(Values.toLong(" -42 ", w)).isEqualTo(-42L);
        assertThat(w.rows()).containsExactly(
                "Warning|1292|Truncated incorrect INTEGER value: 'abc'",
                "Warning|1292|Truncated incorrect INTEGER value: '12abc'",
                "Warning|1292|Truncated incorrect INTEGER value: '2.5'");
        // CAST(2.5e0 AS SIGNED)=2, CAST(3.5e0 ...)=4, CAST(-2.5e0 ...)=-2: DOUBLE rounds half to even
        assertThat(Values.toLong(2.5, w)).isEqualTo(2L);
        assertThat(Values.toLong(3.5, w)).isEqualTo(4L);
        assertThat(Values.toLong(-2.5, w)).isEqualTo(-2L);
        // CAST(2.5 AS SIGNED)=3, CAST(-2.5 AS SIGNED)=-3: DECIMAL rounds half away from zero
        assertThat(Values.toLong(new BigDecimal("2.5"), w)).isEqualTo(3L);
        assertThat(Values.toLong(new BigDecimal("-2.5"), w)).isEqualTo(-3L);
        assertThat(Values.toLong(1e30, w)).isEqualTo(Long.MAX_VALUE);
        assertThat(Values.toLong(null, w)).isNull();
        assertThat(Values.toLong(new SqlDate(2024, 1, 2), w)).isEqualTo(20240102L);
        assertThat(Values.toLong("-9223372036854775808", Warnings.IGNORE)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void castAsUnsigned() {
        // oracle: CAST(-1 AS UNSIGNED) = 18446744073709551615 with Note 1105
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Values.toUnsigned(-1L, w)).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(w.rows()).containsExactly(
                "Note|1105|Cast to unsigned converted negative integer to it's positive complement");
        assertThat(Values.toUnsigned(1.5, Warnings.IGNORE)).isEqualTo(2L);
        assertThat(Values.toUnsigned("18446744073709551615", Warnings.IGNORE)).isEqualTo(Values.UNSIGNED_MAX);
        assertThat(Values.toUnsigned(5L, Warnings.IGNORE)).isEqualTo(5L);
    }

    @Test
    void decimalsFromStrings() {
        // oracle: CAST('1.5x' AS DECIMAL(5,2)) -> 1.50, Warning 1292 Truncated incorrect DECIMAL value: '1.5x'
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Values.toDecimal("1.5x", w)).isEqualByComparingTo("1.5");
        assertThat(Values.toDecimal("1e3", w)).isEqualByComparingTo("1000");
        assertThat(w.rows()).containsExactly("Warning|1292|Truncated incorrect DECIMAL value: '1.5x'");
        assertThat(Values.toDecimal(0.1 + 0.2, w)).isEqualTo(new BigDecimal("0.30000000000000004"));
    }

    @Test
    void truth() {
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Values.truth(null, w)).isNull();
        assertThat(Values.truth(0L, w)).isFalse();
        assertThat(Values.truth(new BigDecimal("0.00"), w)).isFalse();
        assertThat(Values.truth(new BigDecimal("0.01"), w)).isTrue();
        assertThat(Values.truth(-0.0, w)).isFalse();
        assertThat(Values.truth("0.0", w)).isFalse();
        assertThat(Values.truth("1abc", w)).isTrue();
        assertThat(Values.truth(SqlDate.ZERO, w)).isFalse();
        assertThat(Values.truth(new SqlDate(2024, 1, 1), w)).isTrue();
        assertThat(Values.truth(new BitValue(0, 1), w)).isFalse();
        assertThat(w.rows()).containsExactly("Warning|1292|Truncated incorrect DOUBLE value: '1abc'");
    }

    @Test
    void textAndWire() {
        assertThat(Values.toText(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Values.toText(1e20)).isEqualTo("1e20");
        assertThat(Values.toText(new BigDecimal("1.50"))).isEqualTo("1.50");
        assertThat(Values.toText(new SqlDateTime(2024, 1, 2, 3, 4, 5, 120000))).isEqualTo("2024-01-02 03:04:05.120000");
        assertThat(Values.toText(SqlTime.ofMicros(-((838L * 3600 + 59 * 60 + 59) * 1_000_000)))).isEqualTo("-838:59:59");
        assertThat(Values.toWire(new SqlDate(2024, 1, 2)))
                .isEqualTo(new WireTemporal(WireTemporal.Kind.DATE, false, 2024, 1, 2, 0, 0, 0, 0));
        assertThat(Values.toWire(SqlTime.ofMicros(-3_723_000_001L)))
                .isEqualTo(new WireTemporal(WireTemporal.Kind.TIME, true, 0, 0, 0, 1, 2, 3, 1));
        assertThat((byte[]) Values.toWire(new BitValue(5, 10))).containsExactly(0, 5);
        assertThat(Values.toWire(JsonValue.parseForColumn("{\"b\":[1,2],\"a\":1}", "j"))).isEqualTo("{\"a\": 1, \"b\": [1, 2]}");
        assertThat(Values.unsignedToNumber(-1L)).isEqualTo(Values.UNSIGNED_MAX);
    }
}
