package io.sprocket.engine.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.error.Warnings;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TemporalsTest {
    private static SqlDateTime dt(String s) { return Temporals.toDateTime(s, Warnings.IGNORE); }

    @Test
    void relaxedDateFormats() {
        // oracle: CAST(... AS DATE / DATETIME) for each input
        assertThat(Temporals.toDate("20240102", Warnings.IGNORE)).isEqualTo(new SqlDate(2024, 1, 2));
        assertThat(Temporals.toDate("240102", Warnings.IGNORE)).isEqualTo(new SqlDate(2024, 1, 2));
        assertThat(Temporals.toDate("24-01-02", Warnings.IGNORE)).isEqualTo(new SqlDate(2024, 1, 2));
        assertThat(Temporals.toDate("99-01-02", Warnings.IGNORE)).isEqualTo(new SqlDate(1999, 1, 2));
        assertThat(Temporals.toDate("  2024-01-02", Warnings.IGNORE)).isEqualTo(new SqlDate(2024, 1, 2));
        assertThat(Temporals.toDate("2024-00-00", Warnings.IGNORE)).isEqualTo(new SqlDate(2024, 0, 0));
        assertThat(Temporals.toDate("0000-00-00", Warnings.IGNORE)).isEqualTo(SqlDate.ZERO);
        assertThat(dt("2024-1-2 3:4:5.1234567")).isEqualTo(new SqlDateTime(2024, 1, 2, 3, 4, 5, 123457));
        assertThat(dt("2024/01/02T10.20.30")).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 20, 30, 0));
        assertThat(dt("20240102101010")).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 10, 10, 0));
        assertThat(dt("2024-01-02 10:20:30.5")).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 20, 30, 500000));
        assertThat(dt("2024-01-02 10:20")).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 20, 0, 0));
        assertThat(dt("2024-12-31 23:59:59.9999999")).isEqualTo(new SqlDateTime(2025, 1, 1, 0, 0, 0, 0));
    }

    @Test
    void moreOracleCases() {
        // oracle: CAST('2024-01-02T10:20:30' AS DATETIME(6)), CAST('2024.01.02' AS DATE), two spaces, '12-1-2 3:4:5',
        //   '2024-01-02 25:00:00' (NULL), '20240102 101010' (NULL), '2024-01-02 10', '0-1-1' (0000-01-01)
        assertThat(dt("2024-01-02T10:20:30")).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 20, 30, 0));
        assertThat(dt("2024.01.02")).isEqualTo(new SqlDateTime(2024, 1, 2, 0, 0, 0, 0));
        assertThat(dt("2024-01-02  10:20:30")).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 20, 30, 0));
        assertThat(dt("12-1-2 3:4:5")).isEqualTo(new SqlDateTime(2012, 1, 2, 3, 4, 5, 0));
        assertThat(dt("2024-01-02 25:00:00")).isNull();
        assertThat(dt("20240102 101010")).isNull();
        assertThat(dt("2024-01-02 10")).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 0, 0, 0));
        assertThat(dt("2024-01-02 10:20:30.")).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 20, 30, 0));
        assertThat(dt("0-1-1")).isEqualTo(new SqlDateTime(0, 1, 1, 0, 0, 0, 0));
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Temporals.toDateTime("2024-01-02 10:20:30 x", w)).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 20, 30, 0));
        assertThat(w.rows()).containsExactly("Warning|1292|Truncated incorrect datetime value: '2024-01-02 10:20:30 x'");
        // CAST('1:2' AS TIME), '-00:00:01', '101010.123', ' 12:00', '12:00:00x' (warning), '1:2:3:4' (warning)
        CollectedWarnings t = new CollectedWarnings();
        assertThat(Temporals.toTime("1:2", t)).isEqualTo(new SqlTime(false, 1, 2, 0, 0));
        assertThat(Temporals.toTime("-00:00:01", t)).isEqualTo(new SqlTime(true, 0, 0, 1, 0));
        assertThat(Temporals.toTime("101010.123", t)).isEqualTo(new SqlTime(false, 10, 10, 10, 123000));
        assertThat(Temporals.toTime(" 12:00", t)).isEqualTo(new SqlTime(false, 12, 0, 0, 0));
        assertThat(Temporals.toTime("12:00:00x", t)).isEqualTo(new SqlTime(false, 12, 0, 0, 0));
        assertThat(Temporals.toTime("1:2:3:4", t)).isEqualTo(new SqlTime(false, 1, 2, 3, 0));
        assertThat(t.rows()).containsExactly("Warning|1292|Truncated incorrect time value: '12:00:00x'",
                "Warning|1292|Truncated incorrect time value: '1:2:3:4'");
    }

    @Test
    void invalidDatesAreNullWithWarnings() {
        // oracle: CAST('abc' AS DATE) -> NULL, Warning 1292 Incorrect datetime value: 'abc'
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Temporals.toDate("abc", w)).isNull();
        assertThat(Temporals.toDate("2024-02-30", w)).isNull();
        assertThat(Temporals.toDate("2024", w)).isNull();
        assertThat(Temporals.toDate("2024-13-01", w)).isNull();
        assertThat(Temporals.toDate("2024-01-02 garbage", w)).isEqualTo(new SqlDate(2024, 1, 2));
        assertThat(w.rows()).containsExactly(
                "Warning|1292|Incorrect datetime value: 'abc'",
                "Warning|1292|Incorrect datetime value: '2024-02-30'",
                "Warning|1292|Incorrect datetime value: '2024'",
                "Warning|1292|Incorrect datetime value: '2024-13-01'",
                "Warning|1292|Truncated incorrect date value: '2024-01-02 garbage'");
        assertThat(Temporals.toDate("2024-02-29", Warnings.IGNORE)).isEqualTo(new SqlDate(2024, 2, 29));
        assertThat(Temporals.toDate("2023-02-29", Warnings.IGNORE)).isNull();
        assertThat(Temporals.toDateTime("2023-02-30", Temporals.ALLOW_INVALID_DATES, Warnings.IGNORE))
                .isEqualTo(new SqlDateTime(2023, 2, 30, 0, 0, 0, 0));
        assertThat(Temporals.toDateTime("0000-00-00", Temporals.NO_ZERO_DATE, Warnings.IGNORE)).isNull();
    }

    @Test
    void numbersAsDates() {
        // oracle: CAST(20240102 AS DATE), CAST(240102 AS DATE), CAST(20240102101010 AS DATETIME), CAST(2024 AS DATE)
        assertThat(Temporals.toDate(20240102L, Warnings.IGNORE)).isEqualTo(new SqlDate(2024, 1, 2));
        assertThat(Temporals.toDate(240102L, Warnings.IGNORE)).isEqualTo(new SqlDate(2024, 1, 2));
        assertThat(Temporals.toDateTime(20240102101010L, Warnings.IGNORE)).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 10, 10, 0));
        assertThat(Temporals.toDateTime(new BigDecimal("20240102101010.25"), Warnings.IGNORE))
                .isEqualTo(new SqlDateTime(2024, 1, 2, 10, 10, 10, 250000));
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Temporals.toDate(2024L, w)).isNull();
        assertThat(w.rows()).containsExactly("Warning|1292|Incorrect datetime value: '2024'");
        assertThat(Temporals.toDate(123L, Warnings.IGNORE)).isEqualTo(new SqlDate(2000, 1, 23));
        assertThat(Temporals.toDate(0L, Warnings.IGNORE)).isEqualTo(SqlDate.ZERO);
    }

    @Test
    void times() {
        assertThat(Temporals.toTime("12:34:56", Warnings.IGNORE)).isEqualTo(new SqlTime(false, 12, 34, 56, 0));
        assertThat(Temporals.toTime("12:34", Warnings.IGNORE)).isEqualTo(new SqlTime(false, 12, 34, 0, 0));
        assertThat(Temporals.toTime("1234", Warnings.IGNORE)).isEqualTo(new SqlTime(false, 0, 12, 34, 0));
        assertThat(Temporals.toTime("123456.5", Warnings.IGNORE)).isEqualTo(new SqlTime(false, 12, 34, 56, 500000));
        assertThat(Temporals.toTime("-1 02:03:04", Warnings.IGNORE)).isEqualTo(new SqlTime(true, 26, 3, 4, 0));
        assertThat(Temporals.toTime("2024-01-02 10:20:30", Warnings.IGNORE)).isEqualTo(new SqlTime(false, 10, 20, 30, 0));
        assertThat(Temporals.toTime(123L, Warnings.IGNORE)).isEqualTo(new SqlTime(false, 0, 1, 23, 0));
        assertThat(Temporals.toTime(-8385959L, Warnings.IGNORE)).isEqualTo(SqlTime.ofMicros(-SqlTime.MAX_MICROS + 999_999));
        CollectedWarnings w = new CollectedWarnings();
        assertThat(Temporals.toTime("900:00:00", w)).isEqualTo(new SqlTime(false, 838, 59, 59, 0));
        assertThat(Temporals.toTime("10:61:00", w)).isNull();
        assertThat(Temporals.toTime("abc", w)).isNull();
        assertThat(w.rows()).containsExactly(
                "Warning|1292|Truncated incorrect time value: '900:00:00'",
                "Warning|1292|Incorrect time value: '10:61:00'",
                "Warning|1292|Incorrect time value: 'abc'");
    }

    @Test
    void rounding() {
        SqlDateTime v = new SqlDateTime(2024, 12, 31, 23, 59, 59, 999_500);
        assertThat(Temporals.round(v, 3)).isEqualTo(new SqlDateTime(2025, 1, 1, 0, 0, 0, 0));
        assertThat(Temporals.round(v, 6)).isEqualTo(v);
        assertThat(Temporals.round(new SqlDateTime(2024, 1, 1, 0, 0, 0, 123_456), 2))
                .isEqualTo(new SqlDateTime(2024, 1, 1, 0, 0, 0, 120_000));
        assertThat(Temporals.truncate(new SqlDateTime(2024, 1, 1, 0, 0, 0, 129_999), 2))
                .isEqualTo(new SqlDateTime(2024, 1, 1, 0, 0, 0, 120_000));
        assertThat(Temporals.round(new SqlTime(true, 1, 0, 0, 500_000), 0)).isEqualTo(new SqlTime(true, 1, 0, 1, 0));
        assertThat(new SqlDateTime(2024, 1, 2, 3, 4, 5, 120000).toNumber(2)).isEqualTo(new BigDecimal("20240102030405.12"));
        assertThat(new SqlTime(true, 1, 2, 3, 0).toNumber(0)).isEqualTo(-10203L);
    }
}
