package io.sprocket.engine.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.result.ColumnFlags;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expectations from the oracle: {@code CREATE TABLE t(...)} then {@code SELECT * FROM t} with
 * {@code mariadb --column-type-info}, {@code information_schema.COLUMNS}, and {@code SELECT 1, 1.5, 'abc', NOW()}.
 * MySQL 8.0 spellings (no integer display widths) follow the manual where MariaDB differs.
 */
class SqlTypeTest {
    private static final Collation GENERAL = CollationRegistry.UTF8MB4_GENERAL_CI;

    @Test
    void showCreateSpellingFollowsMysql80() {
        assertThat(SqlType.INT.sqlText()).isEqualTo("int");
        assertThat(SqlType.integer(TypeKind.INT, true).sqlText()).isEqualTo("int unsigned");
        assertThat(SqlType.BIGINT.sqlText()).isEqualTo("bigint");
        assertThat(SqlType.integer(TypeKind.TINYINT, false).withLength(1).sqlText()).isEqualTo("tinyint(1)");
        assertThat(SqlType.integer(TypeKind.TINYINT, false).withLength(4).sqlText()).isEqualTo("tinyint");
        assertThat(SqlType.integer(TypeKind.INT, false).withLength(5).withZerofill(true).sqlText())
                .isEqualTo("int(5) unsigned zerofill");
        assertThat(SqlType.integer(TypeKind.INT, false).withZerofill(true).sqlText()).isEqualTo("int(10) unsigned zerofill");
        assertThat(SqlType.decimal(10, 2).sqlText()).isEqualTo("decimal(10,2)");
        assertThat(SqlType.decimal(10, 2, true).sqlText()).isEqualTo("decimal(10,2) unsigned");
        assertThat(SqlType.FLOAT.sqlText()).isEqualTo("float");
        assertThat(SqlType.approximate(TypeKind.FLOAT, 7, 3).sqlText()).isEqualTo("float(7,3)");
        assertThat(SqlType.DOUBLE.sqlText()).isEqualTo("double");
        assertThat(SqlType.bit(5).sqlText()).isEqualTo("bit(5)");
        assertThat(SqlType.character(1).sqlText()).isEqualTo("char(1)");
        assertThat(SqlType.varchar(20).sqlText()).isEqualTo("varchar(20)");
        assertThat(SqlType.lob(TypeKind.TEXT, null).sqlText()).isEqualTo("text");
        assertThat(SqlType.lob(TypeKind.MEDIUMBLOB, null).sqlText()).isEqualTo("mediumblob");
        assertThat(SqlType.binary(3).sqlText()).isEqualTo("binary(3)");
        assertThat(SqlType.varbinary(10).sqlText()).isEqualTo("varbinary(10)");
        assertThat(SqlType.enumeration(List.of("a", "bbb"), null).sqlText()).isEqualTo("enum('a','bbb')");
        assertThat(SqlType.set(List.of("x", "it's"), null).sqlText()).isEqualTo("set('x','it''s')");
        assertThat(SqlType.DATE.sqlText()).isEqualTo("date");
        assertThat(SqlType.time(0).sqlText()).isEqualTo("time");
        assertThat(SqlType.time(2).sqlText()).isEqualTo("time(2)");
        assertThat(SqlType.datetime(3).sqlText()).isEqualTo("datetime(3)");
        assertThat(SqlType.timestamp(6).sqlText()).isEqualTo("timestamp(6)");
        assertThat(SqlType.YEAR.sqlText()).isEqualTo("year");
        assertThat(SqlType.JSON.sqlText()).isEqualTo("json");
    }

    @Test
    void informationSchemaColumns() {
        // information_schema.COLUMNS for the oracle's table t (utf8mb4)
        SqlType varchar = SqlType.varchar(20, GENERAL);
        assertThat(varchar.dataType()).isEqualTo("varchar");
        assertThat(varchar.characterMaximumLength()).isEqualTo(20L);
        assertThat(varchar.characterOctetLength()).isEqualTo(80L);
        assertThat(varchar.characterSetName()).isEqualTo("utf8mb4");
        assertThat(varchar.collationName()).isEqualTo("utf8mb4_general_ci");
        assertThat(varchar.numericPrecision()).isNull();

        SqlType text = SqlType.lob(TypeKind.TEXT, GENERAL);
        assertThat(text.characterMaximumLength()).isEqualTo(65535L);
        assertThat(text.characterOctetLength()).isEqualTo(65535L);
        assertThat(SqlType.lob(TypeKind.LONGTEXT, GENERAL).characterMaximumLength()).isEqualTo(4294967295L);

        SqlType e = SqlType.enumeration(List.of("a", "bbb"), GENERAL);
        assertThat(e.characterMaximumLength()).isEqualTo(3L);
        assertThat(e.characterOctetLength()).isEqualTo(12L);
        SqlType s = SqlType.set(List.of("x", "yy"), GENERAL);
        assertThat(s.characterMaximumLength()).isEqualTo(4L);
        assertThat(s.characterOctetLength()).isEqualTo(16L);

        assertThat(SqlType.binary(3).characterOctetLength()).isEqualTo(3L);
        assertThat(SqlType.binary(3).characterSetName()).isNull();

        assertThat(SqlType.integer(TypeKind.TINYINT, false).numericPrecision()).isEqualTo(3L);
        assertThat(SqlType.integer(TypeKind.MEDIUMINT, false).numericPrecision()).isEqualTo(7L);
        assertThat(SqlType.BIGINT.numericPrecision()).isEqualTo(19L);
        assertThat(SqlType.BIGINT_UNSIGNED.numericPrecision()).isEqualTo(20L);
        assertThat(SqlType.INT.numericScale()).isEqualTo(0L);
        assertThat(SqlType.FLOAT.numericPrecision()).isEqualTo(12L);
        assertThat(SqlType.FLOAT.numericScale()).isNull();
        assertThat(SqlType.DOUBLE.numericPrecision()).isEqualTo(22L);
        assertThat(SqlType.approximate(TypeKind.FLOAT, 7, 3).numericScale()).isEqualTo(3L);
        assertThat(SqlType.bit(5).numericPrecision()).isEqualTo(5L);
        assertThat(SqlType.bit(5).numericScale()).isNull();
        assertThat(SqlType.decimal(5, 0).numericScale()).isEqualTo(0L);

        assertThat(SqlType.DATE.datetimePrecision()).isNull();
        assertThat(SqlType.time(0).datetimePrecision()).isEqualTo(0L);
        assertThat(SqlType.datetime(3).datetimePrecision()).isEqualTo(3L);
        assertThat(SqlType.YEAR.datetimePrecision()).isNull();
    }

    private static String meta(SqlType t) {
        ColumnMeta m = t.columnMeta("d", "t", "t", "c", "c", 0);
        return m.type() + "/" + m.charsetId() + "/" + m.length() + "/" + m.decimals() + "/" + m.flags();
    }

    private static final int NUM = ColumnFlags.NUM, UNS = ColumnFlags.UNSIGNED, ZF = ColumnFlags.ZEROFILL,
            BIN = ColumnFlags.BINARY, BLOB = ColumnFlags.BLOB;

    @Test
    void tableColumnMetadata() {
        // mariadb --column-type-info: SELECT * FROM t (numeric columns: NUM without BINARY)
        assertThat(meta(SqlType.integer(TypeKind.TINYINT, false))).isEqualTo(ColumnType.TINY + "/63/4/0/" + NUM);
        assertThat(meta(SqlType.integer(TypeKind.TINYINT, true))).isEqualTo(ColumnType.TINY + "/63/3/0/" + (UNS | NUM));
        assertThat(meta(SqlType.integer(TypeKind.SMALLINT, false))).isEqualTo(ColumnType.SHORT + "/63/6/0/" + NUM);
        assertThat(meta(SqlType.integer(TypeKind.MEDIUMINT, false))).isEqualTo(ColumnType.INT24 + "/63/9/0/" + NUM);
        assertThat(meta(SqlType.INT)).isEqualTo(ColumnType.LONG + "/63/11/0/" + NUM);
        assertThat(meta(SqlType.integer(TypeKind.INT, true))).isEqualTo(ColumnType.LONG + "/63/10/0/" + (UNS | NUM));
        assertThat(meta(SqlType.BIGINT)).isEqualTo(ColumnType.LONGLONG + "/63/20/0/" + NUM);
        assertThat(meta(SqlType.BIGINT_UNSIGNED)).isEqualTo(ColumnType.LONGLONG + "/63/20/0/" + (UNS | NUM));
        assertThat(meta(SqlType.INT.withLength(5).withZerofill(true))).isEqualTo(ColumnType.LONG + "/63/5/0/" + (UNS | ZF | NUM));
        assertThat(meta(SqlType.decimal(10, 2))).isEqualTo(ColumnType.NEWDECIMAL + "/63/12/2/" + NUM);
        assertThat(meta(SqlType.decimal(10, 2, true))).isEqualTo(ColumnType.NEWDECIMAL + "/63/11/2/" + (UNS | NUM));
        assertThat(meta(SqlType.decimal(5, 0))).isEqualTo(ColumnType.NEWDECIMAL + "/63/6/0/" + NUM);
        assertThat(meta(SqlType.FLOAT)).isEqualTo(ColumnType.FLOAT + "/63/12/31/" + NUM);
        assertThat(meta(SqlType.DOUBLE)).isEqualTo(ColumnType.DOUBLE + "/63/22/31/" + NUM);
        assertThat(meta(SqlType.approximate(TypeKind.FLOAT, 7, 3))).isEqualTo(ColumnType.FLOAT + "/63/7/3/" + NUM);
        assertThat(meta(SqlType.bit(5))).isEqualTo(ColumnType.BIT + "/63/5/0/" + UNS);
        assertThat(meta(SqlType.string(TypeKind.CHAR, 3, GENERAL))).isEqualTo(ColumnType.STRING + "/45/12/0/0");
        assertThat(meta(SqlType.varchar(20, GENERAL))).isEqualTo(ColumnType.VAR_STRING + "/45/80/0/0");
        assertThat(meta(SqlType.varchar(20))).isEqualTo(ColumnType.VAR_STRING + "/255/80/0/0");
        assertThat(meta(SqlType.lob(TypeKind.MEDIUMTEXT, GENERAL))).isEqualTo(ColumnType.BLOB + "/45/67108860/0/" + BLOB);
        assertThat(meta(SqlType.lob(TypeKind.TINYTEXT, GENERAL))).isEqualTo(ColumnType.BLOB + "/45/1020/0/" + BLOB);
        assertThat(meta(SqlType.lob(TypeKind.TEXT, GENERAL))).isEqualTo(ColumnType.BLOB + "/45/262140/0/" + BLOB);
        assertThat(meta(SqlType.lob(TypeKind.LONGTEXT, GENERAL))).isEqualTo(ColumnType.BLOB + "/45/4294967295/0/" + BLOB);
        assertThat(meta(SqlType.lob(TypeKind.BLOB, null))).isEqualTo(ColumnType.BLOB + "/63/65535/0/" + (BLOB | BIN));
        assertThat(meta(SqlType.lob(TypeKind.MEDIUMBLOB, null))).isEqualTo(ColumnType.BLOB + "/63/16777215/0/" + (BLOB | BIN));
        assertThat(meta(SqlType.binary(3))).isEqualTo(ColumnType.STRING + "/63/3/0/" + BIN);
        assertThat(meta(SqlType.varbinary(10))).isEqualTo(ColumnType.VAR_STRING + "/63/10/0/" + BIN);
        assertThat(meta(SqlType.enumeration(List.of("a", "bbb"), GENERAL))).isEqualTo(ColumnType.STRING + "/45/12/0/" + ColumnFlags.ENUM);
        assertThat(meta(SqlType.set(List.of("x", "yy"), GENERAL))).isEqualTo(ColumnType.STRING + "/45/16/0/" + ColumnFlags.SET);
        assertThat(meta(SqlType.DATE)).isEqualTo(ColumnType.DATE + "/63/10/0/" + BIN);
        assertThat(meta(SqlType.time(0))).isEqualTo(ColumnType.TIME + "/63/10/0/" + BIN);
        assertThat(meta(SqlType.time(2))).isEqualTo(ColumnType.TIME + "/63/13/2/" + BIN);
        assertThat(meta(SqlType.datetime(0))).isEqualTo(ColumnType.DATETIME + "/63/19/0/" + BIN);
        assertThat(meta(SqlType.datetime(3))).isEqualTo(ColumnType.DATETIME + "/63/23/3/" + BIN);
        assertThat(meta(SqlType.timestamp(6))).isEqualTo(ColumnType.TIMESTAMP + "/63/26/6/" + (UNS | BIN));
        assertThat(meta(SqlType.YEAR)).isEqualTo(ColumnType.YEAR + "/63/4/0/" + (UNS | ZF | NUM));
        // MySQL 8.0 sends JSON as its own type with the binary charset (MariaDB sends a LONGTEXT)
        assertThat(meta(SqlType.JSON)).isEqualTo(ColumnType.JSON + "/63/4294967295/0/" + (BLOB | BIN));
        assertThat(meta(SqlType.integer(TypeKind.TINYINT, false).withLength(1))).isEqualTo(ColumnType.TINY + "/63/1/0/" + NUM);
    }

    private static String expr(SqlType t, boolean notNull) {
        ColumnMeta m = t.expressionMeta("x", notNull);
        return m.type() + "/" + m.charsetId() + "/" + m.length() + "/" + m.decimals() + "/" + m.flags();
    }

    @Test
    void expressionMetadata() {
        int nn = ColumnFlags.NOT_NULL;
        // SELECT 1: MySQL 8.0 LONGLONG length 1 (MariaDB says LONG); flags NOT_NULL BINARY NUM
        assertThat(expr(OperatorTypes.integerLiteral(1L), true)).isEqualTo(ColumnType.LONGLONG + "/63/1/0/" + (nn | BIN | NUM));
        assertThat(expr(OperatorTypes.integerLiteral(-1L), true)).isEqualTo(ColumnType.LONGLONG + "/63/2/0/" + (nn | BIN | NUM));
        assertThat(expr(OperatorTypes.integerLiteral(new java.math.BigInteger("10000000000000000000")), true))
                .isEqualTo(ColumnType.LONGLONG + "/63/20/0/" + (nn | UNS | BIN | NUM));
        // SELECT 1.5: NEWDECIMAL length 4 decimals 1; SELECT -1.50: length 5 decimals 2
        assertThat(expr(OperatorTypes.decimalLiteral(new java.math.BigDecimal("1.5")), true))
                .isEqualTo(ColumnType.NEWDECIMAL + "/63/4/1/" + (nn | BIN | NUM));
        assertThat(expr(OperatorTypes.decimalLiteral(new java.math.BigDecimal("1.50")), true))
                .isEqualTo(ColumnType.NEWDECIMAL + "/63/5/2/" + (nn | BIN | NUM));
        // SELECT 'abc': VAR_STRING length 12 utf8mb4; MySQL 8.0 decimals 31 (MariaDB 39)
        assertThat(expr(OperatorTypes.stringLiteral("abc", CollationRegistry.UTF8MB4_0900_AI_CI), true))
                .isEqualTo(ColumnType.VAR_STRING + "/255/12/31/" + nn);
        assertThat(expr(OperatorTypes.stringLiteral("é", CollationRegistry.UTF8MB4_0900_AI_CI), true))
                .isEqualTo(ColumnType.VAR_STRING + "/255/4/31/" + nn);
        // SELECT NOW(): DATETIME length 19; NOW(3): 23 decimals 3
        assertThat(expr(SqlType.datetime(0), true)).isEqualTo(ColumnType.DATETIME + "/63/19/0/" + (nn | BIN));
        assertThat(expr(SqlType.datetime(3), true)).isEqualTo(ColumnType.DATETIME + "/63/23/3/" + (nn | BIN));
        // SELECT 1e0: DOUBLE length 3 decimals 31
        assertThat(expr(OperatorTypes.doubleLiteral("1e0"), true)).isEqualTo(ColumnType.DOUBLE + "/63/3/31/" + (nn | BIN | NUM));
        // SELECT NULL: NULL type, length 0, BINARY NUM
        assertThat(expr(SqlType.NULL, false)).isEqualTo(ColumnType.NULL + "/63/0/0/" + (BIN | NUM));
        // SELECT x'41': VAR_STRING binary length 1
        assertThat(expr(SqlType.varbinary(1), true)).isEqualTo(ColumnType.VAR_STRING + "/63/1/0/" + (nn | BIN));
    }

    @Test
    void zerofillImpliesUnsigned() {
        SqlType t = SqlType.INT.withZerofill(true);
        assertThat(t.unsigned()).isTrue();
        assertThat(t.displayLength()).isEqualTo(10);
    }
}
