package io.sprocket.engine.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expectations from the oracle: {@code SET sql_mode=''} (lenient) or MySQL's strict default, then
 * {@code INSERT INTO i(col) VALUES (...)}; {@code SHOW WARNINGS}; {@code SELECT col}. MySQL names the column plainly
 * in 1366/1292 messages where MariaDB writes {@code `db`.`t`.`col`}.
 */
class StoreAssignmentTest {
    private static final Collation GENERAL = CollationRegistry.UTF8MB4_GENERAL_CI;

    private static Object lenient(Object v, SqlType t, CollectedWarnings w) {
        return StoreAssignment.storeValue(v, t, "c", 1, StoreMode.LENIENT, w);
    }

    private static Object strict(Object v, SqlType t) {
        return StoreAssignment.storeValue(v, t, "c", 1, StoreMode.MYSQL_DEFAULT, new CollectedWarnings());
    }

    private static String strictError(Object v, SqlType t) {
        try {
            strict(v, t);
            return "no error";
        } catch (SqlException e) {
            return e.errno() + "|" + e.getMessage();
        }
    }

    @Test
    void integersLenient() {
        // INSERT INTO i(a) VALUES ('1.9'),('1e3'),('12abc'),('abc'),(2.5),(2.5e0),(3.5e0),(1e20),(''),(' 5 '),('-3.5'),(-2.5)
        CollectedWarnings w = new CollectedWarnings();
        List<Object> in = List.of("1.9", "1e3", "12abc", "abc", new BigDecimal("2.5"), 2.5, 3.5, 1e20, "", " 5 ",
                "-3.5", new BigDecimal("-2.5"));
        List<Object> out = in.stream().map(v -> lenient(v, SqlType.INT, w)).toList();
        assertThat(out).containsExactly(2L, 1000L, 12L, 0L, 3L, 2L, 4L, 2147483647L, 0L, 5L, -4L, -3L);
        assertThat(w.rows()).containsExactly(
                "Warning|1265|Data truncated for column 'c' at row 1",
                "Warning|1366|Incorrect integer value: 'abc' for column 'c' at row 1",
                "Warning|1264|Out of range value for column 'c' at row 1",
                "Warning|1366|Incorrect integer value: '' for column 'c' at row 1",
                "Note|1265|Data truncated for column 'c' at row 1");
        CollectedWarnings u = new CollectedWarnings();
        SqlType tinyUnsigned = SqlType.integer(TypeKind.TINYINT, true);
        // INSERT INTO i(b) VALUES (-1),(256),('300'),(1.5) -> 0 255 255 2, three 1264
        assertThat(List.of(-1L, 256L, "300", new BigDecimal("1.5")).stream().map(v -> lenient(v, tinyUnsigned, u)).toList())
                .containsExactly(0L, 255L, 255L, 2L);
        assertThat(u.rows()).hasSize(3).allMatch(r -> r.startsWith("Warning|1264|"));
        assertThat(lenient("18446744073709551615", SqlType.BIGINT_UNSIGNED, u)).isEqualTo(Values.UNSIGNED_MAX);
    }

    @Test
    void integersStrict() {
        assertThat(strictError("12abc", SqlType.INT)).isEqualTo("1265|Data truncated for column 'c' at row 1");
        assertThat(strictError("", SqlType.INT)).isEqualTo("1366|Incorrect integer value: '' for column 'c' at row 1");
        assertThat(strictError(-1L, SqlType.integer(TypeKind.TINYINT, true))).isEqualTo("1264|Out of range value for column 'c' at row 1");
        assertThat(strict(" 5 ", SqlType.INT)).isEqualTo(5L); // only a Note
    }

    @Test
    void decimals() {
        // INSERT INTO i(c decimal(5,2)) VALUES (1.005),(1.004),('1.005'),(1000),(1e0/3),('x'),(-999.999)
        CollectedWarnings w = new CollectedWarnings();
        SqlType t = SqlType.decimal(5, 2);
        List<Object> in = List.of(new BigDecimal("1.005"), new BigDecimal("1.004"), "1.005", 1000L, 1.0 / 3, "x",
                new BigDecimal("-999.999"));
        assertThat(in.stream().map(v -> lenient(v, t, w).toString()).toList())
                .containsExactly("1.01", "1.00", "1.01", "999.99", "0.33", "0.00", "-999.99");
        assertThat(w.rows()).containsExactly(
                "Note|1265|Data truncated for column 'c' at row 1",
                "Note|1265|Data truncated for column 'c' at row 1",
                "Note|1265|Data truncated for column 'c' at row 1",
                "Warning|1264|Out of range value for column 'c' at row 1",
                "Note|1265|Data truncated for column 'c' at row 1",
                "Warning|1366|Incorrect decimal value: 'x' for column 'c' at row 1",
                "Warning|1264|Out of range value for column 'c' at row 1");
        assertThat(strict(new BigDecimal("1.005"), t)).isEqualTo(new BigDecimal("1.01"));
        assertThat(strictError(1000L, t)).startsWith("1264|");
        assertThat(lenient(5L, t, w)).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void floats() {
        // INSERT INTO i(d float) VALUES (1.23456789),(3.4e39),('abc'),('1.5x'),(' 2 ')
        CollectedWarnings w = new CollectedWarnings();
        Object f = lenient(new BigDecimal("1.23456789"), SqlType.FLOAT, w);
        assertThat(TextFormat.format(f, SqlType.FLOAT)).isEqualTo("1.23457");
        assertThat(TextFormat.format(lenient(3.4e39, SqlType.FLOAT, w), SqlType.FLOAT)).isEqualTo("3.40282e38");
        assertThat(lenient("abc", SqlType.FLOAT, w)).isEqualTo(0.0);
        assertThat(lenient("1.5x", SqlType.FLOAT, w)).isEqualTo(1.5);
        assertThat(lenient(" 2 ", SqlType.FLOAT, w)).isEqualTo(2.0);
        assertThat(w.rows()).containsExactly(
                "Warning|1264|Out of range value for column 'c' at row 1",
                "Warning|1366|Incorrect double value: 'abc' for column 'c' at row 1",
                "Warning|1265|Data truncated for column 'c' at row 1",
                "Note|1265|Data truncated for column 'c' at row 1");
        assertThat(lenient(1.23456, SqlType.approximate(TypeKind.FLOAT, 7, 3), w)).isEqualTo((double) 1.235f);
        assertThat(lenient(-1.0, SqlType.DOUBLE.withUnsigned(true), new CollectedWarnings())).isEqualTo(0.0);
    }

    @Test
    void strings() {
        // INSERT INTO i(e char(3), f varchar(3)) VALUES ('abcdef','abcdef'),('ab  ','ab   '),('abc   ','abc    ')
        SqlType ch = SqlType.string(TypeKind.CHAR, 3, GENERAL), vc = SqlType.string(TypeKind.VARCHAR, 3, GENERAL);
        CollectedWarnings w = new CollectedWarnings();
        assertThat(lenient("abcdef", ch, w)).isEqualTo("abc");
        assertThat(lenient("abcdef", vc, w)).isEqualTo("abc");
        assertThat(lenient("ab  ", ch, w)).isEqualTo("ab");
        assertThat(lenient("ab   ", vc, w)).isEqualTo("ab ");
        assertThat(lenient("abc   ", ch, w)).isEqualTo("abc");
        assertThat(lenient("abc    ", vc, w)).isEqualTo("abc");
        assertThat(w.rows()).containsExactly(
                "Warning|1265|Data truncated for column 'c' at row 1",
                "Warning|1265|Data truncated for column 'c' at row 1",
                "Note|1265|Data truncated for column 'c' at row 1",
                "Note|1265|Data truncated for column 'c' at row 1");
        assertThat(strictError("abcdef", ch)).isEqualTo("1406|Data too long for column 'c' at row 1");
        assertThat(strict("abc   ", vc)).isEqualTo("abc");
        assertThat(lenient("éééé", vc, w)).isEqualTo("ééé"); // characters, not bytes
        assertThat(lenient(12.5, vc, w)).isEqualTo("12.");
        assertThat(lenient(new SqlDate(2024, 1, 2), SqlType.varchar(20), w)).isEqualTo("2024-01-02");
        assertThat(StoreAssignment.retrieve("a  ", ch)).isEqualTo("a");
        assertThat(StoreAssignment.retrieve("a  ", vc)).isEqualTo("a  ");
    }

    @Test
    void binaryStrings() {
        CollectedWarnings w = new CollectedWarnings();
        assertThat((byte[]) lenient("ab", SqlType.binary(3), w)).containsExactly('a', 'b', 0);
        assertThat((byte[]) lenient("abcd", SqlType.varbinary(3), w)).containsExactly('a', 'b', 'c');
        assertThat(w.rows()).containsExactly("Warning|1265|Data truncated for column 'c' at row 1");
        assertThat(strictError("abcd", SqlType.varbinary(3))).startsWith("1406|");
    }

    @Test
    void enumsAndSets() {
        // INSERT INTO i(g enum('a','b'), h set('a','b')) VALUES ('c','a,c'),('A','B,a'),('',''),(3,3)
        SqlType e = SqlType.enumeration(List.of("a", "b"), GENERAL), s = SqlType.set(List.of("a", "b"), GENERAL);
        CollectedWarnings w = new CollectedWarnings();
        assertThat(lenient("c", e, w)).isEqualTo("");
        assertThat(lenient("a,c", s, w)).isEqualTo("a");
        assertThat(lenient("A", e, w)).isEqualTo("a");
        assertThat(lenient("B,a", s, w)).isEqualTo("a,b");
        assertThat(lenient("", e, w)).isEqualTo("");
        assertThat(lenient("", s, w)).isEqualTo("");
        assertThat(lenient(3L, e, w)).isEqualTo("");
        assertThat(lenient(3L, s, w)).isEqualTo("a,b");
        assertThat(w.rows()).containsExactly(
                "Warning|1265|Data truncated for column 'c' at row 1",
                "Warning|1265|Data truncated for column 'c' at row 1",
                "Warning|1265|Data truncated for column 'c' at row 1",
                "Warning|1265|Data truncated for column 'c' at row 1");
        assertThat(strictError("c", e)).isEqualTo("1265|Data truncated for column 'c' at row 1");
        assertThat(lenient(2L, e, w)).isEqualTo("b");
        assertThat(EnumSets.enumIndex(e, "B ")).isEqualTo(2);
        assertThat(EnumSets.setMask(s, "b,a,b")).isEqualTo(3);
        assertThat(EnumSets.setValue(s, 2)).isEqualTo("b");
    }

    @Test
    void dates() {
        // sql_mode='': INSERT INTO i(j date) VALUES ('abc'),('2024-01-02 10:00:00'),('2024-02-30'),(20240102),(123),
        //   ('2024-01-02x'),('0000-00-00'),('2024-00-01')
        CollectedWarnings w = new CollectedWarnings();
        List<Object> in = List.of("abc", "2024-01-02 10:00:00", "2024-02-30", 20240102L, 123L, "2024-01-02x", "0000-00-00",
                "2024-00-01");
        assertThat(in.stream().map(v -> lenient(v, SqlType.DATE, w).toString()).toList()).containsExactly(
                "0000-00-00", "2024-01-02", "0000-00-00", "2024-01-02", "2000-01-23", "2024-01-02", "0000-00-00", "2024-00-01");
        assertThat(w.rows()).containsExactly(
                "Warning|1265|Data truncated for column 'c' at row 1",
                "Note|1265|Data truncated for column 'c' at row 1",
                "Warning|1265|Data truncated for column 'c' at row 1",
                "Warning|1265|Data truncated for column 'c' at row 1");
        // strict: ERROR 1292 Incorrect date value: '...' for column 'c' at row 1
        assertThat(strictError("abc", SqlType.DATE)).isEqualTo("1292|Incorrect date value: 'abc' for column 'c' at row 1");
        assertThat(strictError("2024-02-30", SqlType.DATE)).startsWith("1292|Incorrect date value: '2024-02-30'");
        assertThat(strictError("2024-01-02x", SqlType.DATE)).startsWith("1292|");
        assertThat(strictError("0000-00-00", SqlType.DATE)).startsWith("1292|");
        assertThat(strictError("2024-00-01", SqlType.DATE)).startsWith("1292|");
        assertThat(strictError("abc", SqlType.datetime(0))).isEqualTo("1292|Incorrect datetime value: 'abc' for column 'c' at row 1");
        // MySQL 8.0 rounds extra fractional digits (MariaDB truncates)
        assertThat(strict("2024-01-02 10:00:00.5", SqlType.datetime(0))).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 0, 1, 0));
        assertThat(strict("2024-01-02 10:00:00.5", SqlType.datetime(1))).isEqualTo(new SqlDateTime(2024, 1, 2, 10, 0, 0, 500000));
        assertThat(StoreAssignment.storeValue("2024-01-02 10:00:00.5", SqlType.datetime(0), "c", 1,
                new StoreMode(true, true, true, false, true), new CollectedWarnings()))
                .isEqualTo(new SqlDateTime(2024, 1, 2, 10, 0, 0, 0));
    }

    @Test
    void times() {
        // sql_mode='': INSERT INTO i(k time) VALUES ('900:00:00'),('abc'),('10:61:00'),(123),('-1 02:03:04')
        CollectedWarnings w = new CollectedWarnings();
        SqlType t = SqlType.time(0);
        assertThat(List.of("900:00:00", "abc", "10:61:00", 123L, "-1 02:03:04").stream()
                .map(v -> lenient(v, t, w).toString()).toList())
                .containsExactly("838:59:59", "00:00:00", "00:00:00", "00:01:23", "-26:03:04");
        assertThat(w.rows()).containsExactly(
                "Warning|1264|Out of range value for column 'c' at row 1",
                "Warning|1265|Data truncated for column 'c' at row 1",
                "Warning|1265|Data truncated for column 'c' at row 1");
        assertThat(strictError("900:00:00", t)).isEqualTo("1292|Incorrect time value: '900:00:00' for column 'c' at row 1");
        assertThat(strictError("abc", t)).isEqualTo("1292|Incorrect time value: 'abc' for column 'c' at row 1");
        assertThat(strict("12:34:56.7", t)).isEqualTo(new SqlTime(false, 12, 34, 57, 0));
    }

    @Test
    void yearsAndBits() {
        // INSERT INTO i(l year) VALUES (0),('0'),(5),('5'),(69),(70),(2155),(2156),(1900),('abc'),(1901)
        CollectedWarnings w = new CollectedWarnings();
        List<Object> in = List.of(0L, "0", 5L, "5", 69L, 70L, 2155L, 2156L, 1900L, "abc", 1901L);
        assertThat(in.stream().map(v -> lenient(v, SqlType.YEAR, w)).toList())
                .containsExactly(0L, 2000L, 2005L, 2005L, 2069L, 1970L, 2155L, 0L, 0L, 0L, 1901L);
        assertThat(w.rows()).containsExactly(
                "Warning|1264|Out of range value for column 'c' at row 1",
                "Warning|1264|Out of range value for column 'c' at row 1",
                "Warning|1366|Incorrect integer value: 'abc' for column 'c' at row 1");
        assertThat(TextFormat.format(0L, SqlType.YEAR)).isEqualTo("0000");
        // INSERT INTO i(m bit(3)) VALUES (8),(-1),('a'),('abc') -> 7 each with 1264
        CollectedWarnings b = new CollectedWarnings();
        SqlType bit3 = SqlType.bit(3);
        assertThat(List.of(8L, -1L, "a", "abc").stream().map(v -> ((BitValue) lenient(v, bit3, b)).bits()).toList())
                .containsExactly(7L, 7L, 7L, 7L);
        assertThat(b.rows()).hasSize(4).allMatch(r -> r.startsWith("Warning|1264"));
        assertThat(lenient(5L, bit3, b)).isEqualTo(new BitValue(5, 3));
    }

    @Test
    void json() {
        Object j = StoreAssignment.storeValue("{\"b\": 1, \"a\": [true, null]}", SqlType.JSON, "t", "j", 1,
                StoreMode.MYSQL_DEFAULT, new CollectedWarnings());
        assertThat(j.toString()).isEqualTo("{\"a\": [true, null], \"b\": 1}");
        assertThatThrownBy(() -> StoreAssignment.storeValue("{x}", SqlType.JSON, "t", "j", 1, StoreMode.LENIENT,
                new CollectedWarnings()))
                .hasMessage("Invalid JSON text: \"Missing a name for object member.\" at position 1 in value for column 't.j'.");
        assertThatThrownBy(() -> StoreAssignment.storeValue(1L, SqlType.JSON, "t", "j", 1, StoreMode.LENIENT,
                new CollectedWarnings()))
                .hasMessage("Invalid JSON text: \"not a JSON text, may need CAST\" at position 0 in value for column 't.j'.");
    }

    @Test
    void nullIntoNotNullInNonStrictMultiRowInsert() {
        // sql_mode=''; INSERT INTO nn (a int, b enum('x','y'), c date, all NOT NULL) VALUES (NULL,NULL,NULL),(...)
        //   -> 0, 'x', 0000-00-00 with Warning 1048 Column 'a' cannot be null (and b, c)
        CollectedWarnings w = new CollectedWarnings();
        assertThat(StoreAssignment.nullIntoNotNull(SqlType.INT, "a", 1, false, w)).isEqualTo(0L);
        assertThat(StoreAssignment.nullIntoNotNull(SqlType.enumeration(List.of("x", "y"), null), "b", 1, false, w)).isEqualTo("x");
        assertThat(StoreAssignment.nullIntoNotNull(SqlType.DATE, "c", 1, false, w)).isEqualTo(SqlDate.ZERO);
        assertThat(w.rows()).containsExactly("Warning|1048|Column 'a' cannot be null", "Warning|1048|Column 'b' cannot be null",
                "Warning|1048|Column 'c' cannot be null");
        assertThatThrownBy(() -> StoreAssignment.nullIntoNotNull(SqlType.INT, "a", 1, true, w))
                .hasMessage("Column 'a' cannot be null");
        assertThat(StoreAssignment.implicitDefault(SqlType.decimal(5, 2))).isEqualTo(new BigDecimal("0.00"));
        assertThat(EnumSets.numericValue(SqlType.enumeration(List.of("x", "y"), null), "y")).isEqualTo(2L);
        assertThat(EnumSets.numericValue(SqlType.set(List.of("x", "y"), null), "y,x")).isEqualTo(3L);
    }

    @Test
    void nullHandling() {
        assertThat(StoreAssignment.storeValue(null, SqlType.INT, "c", 1, true, new CollectedWarnings())).isNull();
        assertThat(StoreAssignment.columnCannotBeNull("c").getMessage()).isEqualTo("Column 'c' cannot be null");
        assertThat(StoreAssignment.columnCannotBeNull("c").errno()).isEqualTo(1048);
    }
}
