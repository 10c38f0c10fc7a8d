package io.sprocket.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnFlags;
import io.sprocket.engine.result.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Conversion rules of each variable type; expectations checked against the MariaDB oracle unless noted. */
class VariableTypeTest {
    private final CollectingWarnings warnings = new CollectingWarnings();

    private static int errno(Throwable e) {
        return ((SqlException) e).errno();
    }

    @Test
    void booleanAcceptsZeroOneAndOnOffInAnyCase() {
        BooleanType type = BooleanType.INSTANCE;
        assertThat(type.convert("autocommit", 1L, warnings)).isEqualTo(true); // also the literal TRUE
        assertThat(type.convert("autocommit", 0L, warnings)).isEqualTo(false);
        assertThat(type.convert("autocommit", "On", warnings)).isEqualTo(true);
        assertThat(type.convert("autocommit", "off", warnings)).isEqualTo(false);
        // the strings 'true'/'false' are option-file syntax only (oracle: 1231; MySQL manual: 0, 1, ON, OFF)
        assertThatThrownBy(() -> type.convert("autocommit", "true", warnings))
                .hasMessage("Variable 'autocommit' can't be set to the value of 'true'");
        assertThat(type.fromOption("autocommit", "TRUE")).isEqualTo(true);
        assertThat(type.fromOption("autocommit", "false")).isEqualTo(false);
        assertThat(type.fromOption("autocommit", "0")).isEqualTo(false);
    }

    @Test
    void booleanRejectsOtherValuesWithMySqlErrors() {
        BooleanType type = BooleanType.INSTANCE;
        assertThatThrownBy(() -> type.convert("autocommit", 2L, warnings))
                .hasMessage("Variable 'autocommit' can't be set to the value of '2'");
        assertThatThrownBy(() -> type.convert("autocommit", -1L, warnings)).hasMessageContaining("'-1'");
        assertThatThrownBy(() -> type.convert("autocommit", "1", warnings)).hasMessageContaining("value of '1'");
        assertThatThrownBy(() -> type.convert("autocommit", "yes", warnings)).hasMessageContaining("'yes'");
        assertThatThrownBy(() -> type.convert("autocommit", null, warnings)).hasMessageContaining("'NULL'");
        assertThatThrownBy(() -> type.convert("autocommit", new BigDecimal("1.5"), warnings))
                .hasMessage("Incorrect argument type to variable 'autocommit'")
                .satisfies(e -> assertThat(errno(e)).isEqualTo(1232));
        assertThatThrownBy(() -> type.convert("autocommit", new BigDecimal("0.0"), warnings))
                .satisfies(e -> assertThat(errno(e)).isEqualTo(1232));
    }

    @Test
    void booleanShowsOnOffAndSelectsOneZero() {
        assertThat(BooleanType.INSTANCE.show(true)).isEqualTo("ON");
        assertThat(BooleanType.INSTANCE.show(false)).isEqualTo("OFF");
        assertThat(BooleanType.INSTANCE.select(true)).isEqualTo(1L);
        assertThat(BooleanType.INSTANCE.column("@@autocommit", true).type()).isEqualTo(ColumnType.LONGLONG);
    }

    @Test
    void integerClampsWithWarning1292() {
        IntegerType type = IntegerType.unsigned(1, 65535);
        assertThat(type.convert("auto_increment_increment", 70000L, warnings)).isEqualTo(65535L);
        assertThat(type.convert("auto_increment_increment", 0L, warnings)).isEqualTo(1L);
        assertThat(type.convert("auto_increment_increment", 5L, warnings)).isEqualTo(5L);
        assertThat(warnings.texts()).containsExactly(
                "Warning 1292 Truncated incorrect auto_increment_increment value: '70000'",
                "Warning 1292 Truncated incorrect auto_increment_increment value: '0'");
    }

    @Test
    void integerNegativeToUnsignedClampsToMinimum() {
        IntegerType type = IntegerType.unsigned(32768, IntegerType.ULONGLONG_MAX);
        assertThat(type.convert("sort_buffer_size", -1L, warnings)).isEqualTo(32768L);
        assertThat(warnings.texts()).containsExactly("Warning 1292 Truncated incorrect sort_buffer_size value: '-1'");
    }

    @Test
    void integerRoundsDownToBlockSizeWithWarning() {
        IntegerType type = IntegerType.unsigned(1024, 1073741824).withBlockSize(1024);
        assertThat(type.convert("max_allowed_packet", 1025L, warnings)).isEqualTo(1024L);
        assertThat(type.convert("max_allowed_packet", 4096L, warnings)).isEqualTo(4096L);
        assertThat(warnings.texts())
                .containsExactly("Warning 1292 Truncated incorrect max_allowed_packet value: '1025'");
    }

    @Test
    void integerRejectsStringsDecimalsAndNullWith1232() {
        IntegerType type = IntegerType.unsigned(1, 65535);
        for (Object bad : new Object[] {"5", new BigDecimal("5.5"), 5.0, null}) {
            assertThatThrownBy(() -> type.convert("auto_increment_increment", bad, warnings))
                    .hasMessage("Incorrect argument type to variable 'auto_increment_increment'");
        }
    }

    @Test
    void unsignedMaximumIsSelectedAsBigIntegerAndShownInFull() {
        IntegerType type = IntegerType.unsigned(0, IntegerType.ULONGLONG_MAX);
        Object stored = type.convert("sql_select_limit", new BigInteger("18446744073709551615"), warnings);
        assertThat(warnings.conditions).isEmpty();
        assertThat(type.show(stored)).isEqualTo("18446744073709551615");
        assertThat(type.select(stored)).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(type.select(5L)).isEqualTo(5L);
        assertThat(type.column("@@sql_select_limit", stored).flags() & ColumnFlags.UNSIGNED).isNotZero();
        type.convert("sql_select_limit", new BigInteger("18446744073709551616"), warnings);
        assertThat(warnings.conditions).hasSize(1);
    }

    @Test
    void enumByNameOrPosition() {
        EnumType type = EnumType.of("NO_CHAIN", "CHAIN", "RELEASE");
        assertThat(type.convert("completion_type", "chain", warnings)).isEqualTo("CHAIN");
        assertThat(type.convert("completion_type", 2L, warnings)).isEqualTo("RELEASE");
        assertThatThrownBy(() -> type.convert("completion_type", 5L, warnings))
                .hasMessage("Variable 'completion_type' can't be set to the value of '5'");
        assertThatThrownBy(() -> type.convert("completion_type", "foo", warnings))
                .hasMessage("Variable 'completion_type' can't be set to the value of 'foo'");
        assertThatThrownBy(() -> type.convert("completion_type", 1.5, warnings))
                .satisfies(e -> assertThat(errno(e)).isEqualTo(1232));
    }

    @Test
    void doubleClampsAndPrintsSixDecimals() {
        DoubleType type = new DoubleType(0, 31536000);
        Object stored = type.convert("long_query_time", -1L, warnings);
        assertThat(type.show(stored)).isEqualTo("0.000000");
        assertThat(type.show(10.0)).isEqualTo("10.000000");
        assertThat(warnings.texts()).containsExactly("Warning 1292 Truncated incorrect long_query_time value: '-1'");
        assertThatThrownBy(() -> type.convert("long_query_time", "1", warnings))
                .satisfies(e -> assertThat(errno(e)).isEqualTo(1232));
    }

    @Test
    void stringRejectsNumbersAndNullUnlessNullable() {
        assertThatThrownBy(() -> StringType.NOT_NULL.convert("init_connect", 5L, warnings))
                .hasMessage("Incorrect argument type to variable 'init_connect'");
        assertThatThrownBy(() -> StringType.NOT_NULL.convert("init_connect", null, warnings))
                .hasMessage("Variable 'init_connect' can't be set to the value of 'NULL'");
        assertThat(StringType.NULLABLE.convert("ssl_crl", null, warnings)).isNull();
        assertThat(StringType.NULLABLE.show(null)).isEmpty();
        assertThat(StringType.NULLABLE.select(null)).isNull();
    }

    @Test
    void charsetNamesAliasesIdsAndErrors() {
        CharsetType client = new CharsetType(BuiltinCharsets.INSTANCE, false, true);
        CharsetType results = new CharsetType(BuiltinCharsets.INSTANCE, true, false);
        assertThat(client.convert("character_set_client", "UTF8", warnings)).isEqualTo("utf8mb3");
        assertThat(client.convert("character_set_client", 33L, warnings)).isEqualTo("utf8mb3");
        assertThat(client.convert("character_set_client", 255L, warnings)).isEqualTo("utf8mb4");
        assertThatThrownBy(() -> client.convert("character_set_client", "foo", warnings))
                .hasMessage("Unknown character set: 'foo'").satisfies(e -> assertThat(errno(e)).isEqualTo(1115));
        assertThatThrownBy(() -> client.convert("character_set_client", "ucs2", warnings))
                .hasMessage("Variable 'character_set_client' can't be set to the value of 'ucs2'");
        assertThatThrownBy(() -> client.convert("character_set_client", null, warnings))
                .hasMessage("Variable 'character_set_client' can't be set to the value of 'NULL'");
        assertThat(results.convert("character_set_results", null, warnings)).isNull();
        assertThat(results.show(null)).isEmpty();
    }

    @Test
    void collationNamesIdsAndErrors() {
        CollationType type = new CollationType(BuiltinCharsets.INSTANCE);
        assertThat(type.convert("collation_connection", "UTF8MB4_BIN", warnings)).isEqualTo("utf8mb4_bin");
        assertThat(type.convert("collation_connection", "utf8_general_ci", warnings)).isEqualTo("utf8mb3_general_ci");
        assertThat(type.convert("collation_connection", 255L, warnings)).isEqualTo("utf8mb4_0900_ai_ci");
        assertThatThrownBy(() -> type.convert("collation_connection", "foo", warnings))
                .hasMessage("Unknown collation: 'foo'").satisfies(e -> assertThat(errno(e)).isEqualTo(1273));
        assertThatThrownBy(() -> type.convert("collation_connection", 9999L, warnings))
                .hasMessage("Unknown collation: '9999'");
    }

    @Test
    void timeZoneOffsetsAreNormalisedAndRangeIsMySql80s() {
        TimeZoneType type = TimeZoneType.INSTANCE;
        assertThat(type.convert("time_zone", "+5:00", warnings)).isEqualTo("+05:00");
        assertThat(type.convert("time_zone", "system", warnings)).isEqualTo("SYSTEM");
        // MySQL 8.0.19+: -13:59 .. +14:00 (MariaDB's range is narrower)
        assertThat(type.convert("time_zone", "-13:59", warnings)).isEqualTo("-13:59");
        assertThat(type.convert("time_zone", "+14:00", warnings)).isEqualTo("+14:00");
        assertThat(type.convert("time_zone", "europe/paris", warnings)).isEqualTo("Europe/Paris");
        assertThatThrownBy(() -> type.convert("time_zone", "+14:01", warnings))
                .hasMessage("Unknown or incorrect time zone: '+14:01'")
                .satisfies(e -> assertThat(errno(e)).isEqualTo(1298));
        assertThatThrownBy(() -> type.convert("time_zone", "+25:00", warnings)).hasMessageContaining("'+25:00'");
        assertThatThrownBy(() -> type.convert("time_zone", 5L, warnings))
                .satisfies(e -> assertThat(errno(e)).isEqualTo(1232));
        assertThatThrownBy(() -> type.convert("time_zone", null, warnings))
                .hasMessage("Variable 'time_zone' can't be set to the value of 'NULL'");
    }

    @Test
    void setTypeNamesAndMask() {
        SetType type = SetType.of("NONE", "FILE", "TABLE");
        assertThat(type.show(type.convert("log_output", "table,file", warnings))).isEqualTo("FILE,TABLE");
        assertThat(type.show(type.convert("log_output", 4L, warnings))).isEqualTo("TABLE");
        assertThatThrownBy(() -> type.convert("log_output", 8L, warnings)).hasMessageContaining("'8'");
        assertThatThrownBy(() -> type.convert("log_output", "file,x", warnings)).hasMessageContaining("'x'");
    }

    @Test
    void integerOptionTextAcceptsSizeSuffixes() {
        IntegerType type = IntegerType.unsigned(1024, 1073741824).withBlockSize(1024);
        assertThat(type.fromOption("max_allowed_packet", "64M")).isEqualTo(67108864L);
        assertThat(type.fromOption("max_allowed_packet", "16k")).isEqualTo(16384L);
        assertThat(type.fromOption("max_allowed_packet", " 2048 ")).isEqualTo(2048L);
        assertThat(type.fromOption("max_allowed_packet", "2G")).isEqualTo(1073741824L);
        assertThatThrownBy(() -> type.fromOption("max_allowed_packet", "lots"))
                .hasMessage("Variable 'max_allowed_packet' can't be set to the value of 'lots'");
    }
}
