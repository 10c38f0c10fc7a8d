package io.sprocket.engine.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Oracle: SELECT of columns of each type after INSERT. */
class TextFormatTest {
    @Test
    void numbers() {
        assertThat(TextFormat.format(5L, SqlType.INT.withLength(5).withZerofill(true))).isEqualTo("00005");
        assertThat(TextFormat.format(5L, SqlType.INT.withZerofill(true))).isEqualTo("0000000005");
        assertThat(TextFormat.format(new BigDecimal("1.5"), SqlType.decimal(10, 2))).isEqualTo("1.50");
        assertThat(TextFormat.format(new BigDecimal("-3"), SqlType.decimal(5, 0))).isEqualTo("-3");
        assertThat(TextFormat.format(1.5, SqlType.approximate(TypeKind.FLOAT, 7, 3))).isEqualTo("1.500");
        assertThat(TextFormat.format((double) 1.23456789f, SqlType.FLOAT)).isEqualTo("1.23457");
        assertThat(TextFormat.format(0.1 + 0.2, SqlType.DOUBLE)).isEqualTo("0.30000000000000004");
        assertThat(TextFormat.format(1e20, SqlType.DOUBLE)).isEqualTo("1e20");
        assertThat(TextFormat.format(2024L, SqlType.YEAR)).isEqualTo("2024");
    }

    @Test
    void temporalsUseTheTypeFsp() {
        SqlDateTime v = new SqlDateTime(2024, 1, 2, 3, 4, 5, 123456);
        assertThat(TextFormat.format(v, SqlType.datetime(0))).isEqualTo("2024-01-02 03:04:05");
        assertThat(TextFormat.format(v, SqlType.datetime(3))).isEqualTo("2024-01-02 03:04:05.123");
        assertThat(TextFormat.format(v, SqlType.timestamp(6))).isEqualTo("2024-01-02 03:04:05.123456");
        assertThat(TextFormat.format(new SqlDate(2024, 1, 2), SqlType.DATE)).isEqualTo("2024-01-02");
        assertThat(TextFormat.format(SqlDate.ZERO, SqlType.DATE)).isEqualTo("0000-00-00");
        assertThat(TextFormat.format(new SqlTime(true, 838, 59, 59, 0), SqlType.time(0))).isEqualTo("-838:59:59");
        assertThat(TextFormat.format(new SqlTime(false, 1, 2, 3, 450000), SqlType.time(2))).isEqualTo("01:02:03.45");
        assertThat(new SqlDateTime(2024, 1, 2, 3, 4, 5, 0).toString()).isEqualTo("2024-01-02 03:04:05");
    }
}
