package io.sprocket.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 1064 near-text and line numbers, compared with messages recorded from the live oracle. */
class SyntaxErrorTest {

    static List<Arguments> oracleCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                SyntaxErrorTest.class.getResourceAsStream("syntax-errors.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                cases.add(Arguments.of(parts[0], parts[1], Integer.parseInt(parts[2])));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracleCases")
    void nearTextMatchesOracle(String sql, String near, int line) {
        assertThatThrownBy(() -> Parser.parse(sql))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> {
                    assertThat(e.nearText()).isEqualTo(near);
                    assertThat(e.line()).isEqualTo(line);
                });
    }

    @Test
    void messageHasMysqlWording() {
        assertThatThrownBy(() -> Parser.parse("SELECT * FORM t"))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(1064);
                    assertThat(e.sqlState()).isEqualTo("42000");
                    assertThat(e.getMessage()).isEqualTo("You have an error in your SQL syntax; check the manual that "
                            + "corresponds to your MySQL server version for the right syntax to use near 'FORM t' at line 1");
                });
    }

    @Test
    void lineNumberIsThatOfTheOffendingToken() {
        assertThatThrownBy(() -> Parser.parse("SELECT 1,\n2 FROM\nWHERE x"))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> {
                    assertThat(e.nearText()).isEqualTo("WHERE x");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void nearTextIsCutAtEightyCharacters() {
        String tail = "x".repeat(100);
        assertThatThrownBy(() -> Parser.parse("SELECT 1 FROM FROM " + tail))
                .isInstanceOfSatisfying(SqlSyntaxException.class,
                        e -> assertThat(e.nearText()).isEqualTo(("FROM " + tail).substring(0, 80)));
    }

    @Test
    void nearTextLimitCountsUtf8BytesWithoutSplittingCharacters() {
        String tail = "é".repeat(60);
        assertThatThrownBy(() -> Parser.parse("SELECT 1 FROM FROM " + tail))
                .isInstanceOfSatisfying(SqlSyntaxException.class,
                        e -> assertThat(e.nearText()).isEqualTo("FROM " + "é".repeat(37)));
    }

    @Test
    void spaceBeforeParenthesisTurnsOffSpecialFunctionSyntax() {
        assertThatThrownBy(() -> Parser.parse("SELECT count (*) FROM t"))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.nearText()).isEqualTo("*) FROM t"));
        assertThat(Parser.parse("SELECT count (*) FROM t", ParserOptions.fromSqlMode("IGNORE_SPACE"))).isNotNull();
        assertThat(Parser.parse("SELECT abs (1)")).isNotNull();
    }

    @Test
    void misspelledTypeNameIsASyntaxError() {
        assertThatThrownBy(() -> Parser.parse("CREATE TABLE t2 (a INTEGR)"))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.nearText()).isEqualTo("INTEGR)"));
    }

    @Test
    void emptyQueryIsItsOwnError() {
        for (String sql : new String[]{"", "   ", "-- only a comment", "/* c */", "#x\n"}) {
            assertThatThrownBy(() -> Parser.parse(sql))
                    .isInstanceOfSatisfying(EmptyQueryException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(1065);
                        assertThat(e.getMessage()).isEqualTo("Query was empty");
                    });
        }
    }

    @Test
    void textAfterASingleStatementIsAnError() {
        assertThatThrownBy(() -> Parser.parse("SELECT 1; SELECT 2"))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.nearText()).isEqualTo("SELECT 2"));
    }

    @Test
    void errorInSecondStatementComesOnlyWhenItIsParsed() {
        String sql = "SELECT 1;\nSELEC 2";
        var first = Parser.parseNext(sql, 0).orElseThrow();
        assertThat(first.sourceText()).isEqualTo("SELECT 1");
        assertThatThrownBy(() -> Parser.parseNext(sql, first.nextOffset()))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> {
                    assertThat(e.nearText()).isEqualTo("SELEC 2");
                    assertThat(e.line()).isEqualTo(1);
                });
    }
}
