package io.sprocket.conformance.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.result.ColumnFlags;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import java.sql.Types;
import org.junit.jupiter.api.Test;

class TargetRenderingTest {
    @Test
    void engineColumnTypesMapToLetters() {
        assertThat(TypeLetters.of(ColumnMeta.expression("a", 63, 11, ColumnType.LONG, 0, 0))).isEqualTo('I');
        assertThat(TypeLetters.of(ColumnMeta.expression("a", 63, 4, ColumnType.YEAR, ColumnFlags.UNSIGNED, 0)))
                .isEqualTo('I');
        assertThat(TypeLetters.of(ColumnMeta.expression("a", 63, 10, ColumnType.NEWDECIMAL, 0, 2))).isEqualTo('N');
        assertThat(TypeLetters.of(ColumnMeta.expression("a", 63, 22, ColumnType.DOUBLE, 0, 31))).isEqualTo('R');
        assertThat(TypeLetters.of(ColumnMeta.expression("a", 63, 19, ColumnType.DATETIME, 0, 0))).isEqualTo('D');
        assertThat(TypeLetters.of(ColumnMeta.expression("a", 255, 10, ColumnType.VAR_STRING, 0, 0))).isEqualTo('T');
        assertThat(TypeLetters.of(ColumnMeta.expression("a", 63, 10, ColumnType.VAR_STRING, 0, 0))).isEqualTo('B');
        assertThat(TypeLetters.of(ColumnMeta.expression("a", 63, 1, ColumnType.BIT, 0, 0))).isEqualTo('B');
        assertThat(TypeLetters.of(ColumnMeta.expression("a", 63, 0, ColumnType.NULL, 0, 0))).isEqualTo('?');
        assertThat(TypeLetters.of(ColumnMeta.expression("a", 63, 0, ColumnType.JSON, 0, 0))).isEqualTo('J');
    }

    @Test
    void jdbcColumnTypesMapToLetters() {
        assertThat(TypeLetters.of(Types.SMALLINT, "YEAR")).isEqualTo('I');
        assertThat(TypeLetters.of(Types.LONGVARCHAR, "JSON")).isEqualTo('J');
        assertThat(TypeLetters.of(Types.LONGVARCHAR, "LONGTEXT")).isEqualTo('T');
        assertThat(TypeLetters.of(Types.VARBINARY, "VARBINARY")).isEqualTo('B');
        assertThat(TypeLetters.of(Types.BOOLEAN, "BIT")).isEqualTo('B');
        assertThat(TypeLetters.of(Types.TIMESTAMP, "DATETIME")).isEqualTo('D');
        assertThat(TypeLetters.matches('J', 'T')).isTrue();
        assertThat(TypeLetters.matches('I', 'N')).isFalse();
    }

    @Test
    void connectorJSqlstateRewritesAreUndoneFromTheCatalog() {
        // 1205 arrives as the driver's 40001 although MySQL (and the catalog) say HY000
        assertThat(JdbcConnection.repairedSqlState(1205, "40001", false)).isEqualTo("HY000");
        // 1213 really is 40001
        assertThat(JdbcConnection.repairedSqlState(1213, "40001", false)).isEqualTo("40001");
        // class 22 errors arrive as DataTruncation with 22001
        assertThat(JdbcConnection.repairedSqlState(1264, "22001", true)).isEqualTo("22003");
        // a state the driver's table would not produce is the server's own
        assertThat(JdbcConnection.repairedSqlState(1146, "42S02", false)).isEqualTo("42S02");
        // errnos the catalog does not know are left alone
        assertThat(JdbcConnection.repairedSqlState(65000, "HY000", false)).isEqualTo("HY000");
    }
}
