package io.sprocket.engine.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * MySQL 8.0 JSON text (the MariaDB oracle stores JSON as text, so these follow the MySQL manual: keys sorted by
 * length then bytes, ", " and ": " separators, last duplicate key wins, doubles always show a fraction or exponent).
 */
class JsonValueTest {
    private static String norm(String text) { return JsonValue.parseForColumn(text, "t.j").toString(); }

    @Test
    void normalisedText() {
        assertThat(norm("{\"b\":[1,2],\"a\":1}")).isEqualTo("{\"a\": 1, \"b\": [1, 2]}");
        assertThat(norm("{\"bb\":1,\"a\":2,\"c\":3,\"aaa\":4}")).isEqualTo("{\"a\": 2, \"c\": 3, \"bb\": 1, \"aaa\": 4}");
        assertThat(norm("{\"a\":1,\"a\":2}")).isEqualTo("{\"a\": 2}");
        assertThat(norm(" [ ] ")).isEqualTo("[]");
        assertThat(norm("{}")).isEqualTo("{}");
        assertThat(norm("[true,false,null,\"x\\ny\\u0001\\\"\",-0.5,1e2,1.0,18446744073709551615,-9223372036854775808]"))
                .isEqualTo("[true, false, null, \"x\\ny\\u0001\\\"\", -0.5, 100.0, 1.0, 18446744073709551615, -9223372036854775808]");
        assertThat(norm("\"\\u00e9\\ud83d\\ude00/\\/\"")).isEqualTo("\"é😀//\"");
        assertThat(norm("1e300")).isEqualTo("1e300");
    }

    @Test
    void types() {
        assertThat(JsonValue.parseForColumn("1", "j").typeName()).isEqualTo("INTEGER");
        assertThat(JsonValue.parseForColumn("18446744073709551615", "j").typeName()).isEqualTo("UNSIGNED INTEGER");
        assertThat(JsonValue.parseForColumn("1.5", "j").typeName()).isEqualTo("DOUBLE");
        assertThat(JsonValue.of(new java.math.BigDecimal("1.50")).typeName()).isEqualTo("DECIMAL");
        assertThat(JsonValue.of(new java.math.BigDecimal("1.50")).toString()).isEqualTo("1.50");
        assertThat(JsonValue.parseForColumn("{}", "j").typeName()).isEqualTo("OBJECT");
        assertThat(JsonValue.isValid("[1,")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``|The document is empty.|0",
            "`  `|The document is empty.|2",
            "abc|Invalid value.|0",
            "tru|Invalid value.|3",
            "{\"a\":1,}|Missing a name for object member.|7",
            "{\"a\" 1}|Missing a colon after a name of object member.|5",
            "{\"a\":1 \"b\":2}|Missing a comma or '}' after an object member.|7",
            "[1 2]|Missing a comma or ']' after an array element.|3",
            "[1,]|Invalid value.|3",
            "\"abc|Missing a closing quotation mark in string.|4",
            "1 2|The document root must not be followed by other values.|2",
            "\"\\x\"|Invalid escape character in string.|1",
            "1.|Miss fraction part in number.|2",
            "1e|Miss exponent in number.|2",
            "-|Invalid value.|1",
            "\"\\u12g4\"|Incorrect hex digit after \\u escape in string.|5",
            "\"é\" x|The document root must not be followed by other values.|5"})
    void errorsUseMysqlTexts(String text, String message, int position) {
        JsonParser.Outcome o = JsonValue.tryParse(text);
        assertThat(o.error()).isEqualTo(message);
        assertThat(o.position()).isEqualTo(position);
    }

    @Test
    void errorCodes() {
        assertThatThrownBy(() -> JsonValue.parseForColumn("[1,", "t.j"))
                .isInstanceOf(SqlException.class)
                .hasMessage("Invalid JSON text: \"Invalid value.\" at position 3 in value for column 't.j'.")
                .extracting(e -> ((SqlException) e).errno()).isEqualTo(3140);
        assertThatThrownBy(() -> JsonValue.parseArgument("x", 1, "json_extract"))
                .hasMessage("Invalid JSON text in argument 1 to function json_extract: \"Invalid value.\" at position 0.")
                .extracting(e -> ((SqlException) e).errno()).isEqualTo(3141);
    }
}
