package io.sprocket.sql;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every prefix, and every single-token deletion or duplication, of a corpus of real statements either parses or fails with a
 * SqlParseException: never another exception, never a hang.
 */
class RobustnessTest {

    private static List<String> corpus() throws IOException {
        try (InputStream in = Objects.requireNonNull(RobustnessTest.class.getResourceAsStream("corpus.sql"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static void parseSafely(String sql) {
        try {
            Parser.parseScript(sql);
        } catch (SqlParseException expected) {
            assertThat(expected.errorCode()).isIn(1064, 1065);
        } catch (RuntimeException e) {
            fail("unexpected " + e + " for: " + sql, e);
        }
    }

    @Test
    void corpusParses() throws IOException {
        for (String sql : corpus()) {
            if (sql.startsWith("XA ") || sql.startsWith("SHOW ENGINE") || sql.contains("LIMIT 1 UNION")
                    || sql.contains("ON t1.a = t2.a ON")) {
                continue;
            }
            try {
                Parser.parseScript(sql);
            } catch (SqlParseException e) {
                fail(sql + " -> " + e.getMessage());
            }
        }
    }

    @Test
    void prefixesAndDeletionsNeverCrash() throws IOException {
        for (String sql : corpus()) {
            List<Token> tokens = tokens(sql);
            for (Token t : tokens) {
                parseSafely(sql.substring(0, t.start()));
                parseSafely(sql.substring(0, t.start() + (t.end() - t.start()) / 2));
                parseSafely(sql.substring(0, t.start()) + sql.substring(t.end()));
                parseSafely(sql.substring(0, t.end()) + " " + sql.substring(t.start()));
            }
        }
    }

    private static List<Token> tokens(String sql) {
        Lexer lexer = new Lexer(sql, 0, ParserOptions.DEFAULT);
        java.util.ArrayList<Token> list = new java.util.ArrayList<>();
        for (Token t = lexer.next(); t.kind() != TokenKind.END && t.kind() != TokenKind.ERROR; t = lexer.next()) {
            list.add(t);
        }
        return list;
    }
}
