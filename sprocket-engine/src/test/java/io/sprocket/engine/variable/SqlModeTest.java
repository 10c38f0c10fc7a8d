package io.sprocket.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SqlModeTest {
    private final CollectingWarnings warnings = new CollectingWarnings();

    private String set(Object value) {
        return SqlMode.format((Long) SqlModeType.INSTANCE.convert("sql_mode", value, warnings));
    }

    @Test
    void defaultIsMySql80Default() {
        assertThat(SqlMode.format(SqlMode.DEFAULT)).isEqualTo(
                "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
                        + "NO_ENGINE_SUBSTITUTION");
    }

    @Test
    void combinationModesExpandAsInMySql80() {
        // MySQL 8.0 manual: ANSI = REAL_AS_FLOAT, PIPES_AS_CONCAT, ANSI_QUOTES, IGNORE_SPACE, ONLY_FULL_GROUP_BY
        // (MariaDB leaves ONLY_FULL_GROUP_BY out; we follow MySQL).
        assertThat(set("ansi")).isEqualTo(
                "REAL_AS_FLOAT,PIPES_AS_CONCAT,ANSI_QUOTES,IGNORE_SPACE,ONLY_FULL_GROUP_BY,ANSI");
        assertThat(set("TRADITIONAL")).isEqualTo("STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,"
                + "NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,TRADITIONAL,NO_ENGINE_SUBSTITUTION");
    }

    @Test
    void listIsCaseInsensitiveIgnoresEmptyElementsAndDuplicatesAndPrintsInBitOrder() {
        assertThat(set("pipes_as_concat,real_as_float,,REAL_AS_FLOAT,")).isEqualTo("REAL_AS_FLOAT,PIPES_AS_CONCAT");
        assertThat(set("")).isEmpty();
    }

    @Test
    void numericMask() {
        assertThat(set(3L)).isEqualTo("REAL_AS_FLOAT,PIPES_AS_CONCAT");
        assertThat(set(0L)).isEmpty();
    }

    @Test
    void unknownNameIsRejectedQuotingTheElementAsWritten() {
        assertThatThrownBy(() -> set("ansi,foo")).isInstanceOf(SqlException.class)
                .hasMessage("Variable 'sql_mode' can't be set to the value of 'foo'")
                .extracting(e -> ((SqlException) e).errno()).isEqualTo(1231);
        // the oracle does not trim blanks around elements
        assertThatThrownBy(() -> set("  ansi_quotes , pipes_as_concat"))
                .hasMessage("Variable 'sql_mode' can't be set to the value of '  ansi_quotes '");
        // modes MySQL 8.0 removed
        assertThatThrownBy(() -> set("NO_AUTO_CREATE_USER")).hasMessageContaining("'NO_AUTO_CREATE_USER'");
    }

    @Test
    void invalidBitsAndWrongTypes() {
        assertThatThrownBy(() -> set(68719476736L))
                .hasMessage("Variable 'sql_mode' can't be set to the value of '68719476736'");
        assertThatThrownBy(() -> set(16L)).hasMessageContaining("'16'"); // bit 4, removed before 8.0
        assertThatThrownBy(() -> set(new BigDecimal("4.5")))
                .hasMessage("Incorrect argument type to variable 'sql_mode'");
        assertThatThrownBy(() -> set(1.0)).extracting(e -> ((SqlException) e).errno()).isEqualTo(1232);
        assertThatThrownBy(() -> set(null)).hasMessage("Variable 'sql_mode' can't be set to the value of 'NULL'");
    }

    @Test
    void strictWithoutTheMergedModesWarns() {
        set("STRICT_TRANS_TABLES");
        assertThat(warnings.texts()).containsExactly("Warning 3135 'NO_ZERO_DATE', 'NO_ZERO_IN_DATE' and "
                + "'ERROR_FOR_DIVISION_BY_ZERO' sql modes should be used with strict mode. They will be merged "
                + "with strict mode in a future release.");
    }

    @Test
    void mergedModesWithoutStrictWarnButDefaultAndEmptyDoNot() {
        set(SqlMode.format(SqlMode.DEFAULT));
        set("");
        set("TRADITIONAL");
        assertThat(warnings.conditions).isEmpty();
        set("NO_ZERO_DATE");
        assertThat(warnings.conditions).extracting(c -> c.errno()).containsExactly(3135);
    }

    @Test
    void padCharToFullLengthIsDeprecated() {
        set("PAD_CHAR_TO_FULL_LENGTH");
        assertThat(warnings.texts()).containsExactly("Warning 3090 Changing sql mode 'PAD_CHAR_TO_FULL_LENGTH' is "
                + "deprecated. It will be removed in a future release.");
    }

    @Test
    void bitPositionsMatchMySql() {
        assertThat(SqlMode.ONLY_FULL_GROUP_BY.bit()).isEqualTo(32);
        assertThat(SqlMode.STRICT_TRANS_TABLES.bit()).isEqualTo(2097152);
        assertThat(SqlMode.NO_ENGINE_SUBSTITUTION.bit()).isEqualTo(1073741824);
        assertThat(SqlMode.TIME_TRUNCATE_FRACTIONAL.bit()).isEqualTo(1L << 32);
        assertThat(SqlMode.DEFAULT).isEqualTo(1168113696L);
    }
}
