package io.sprocket.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.SqlException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs set-cases.tsv: each line a SET and its expected outcome. Lines marked "oracle" were verified against
 * the MariaDB oracle with oracle-check.py (same folder); "mysql" lines follow the MySQL 8.0 manual.
 */
class SetCasesTest {
    private static final Path CASES = Path.of("src/test/java/io/sprocket/engine/variable/set-cases.tsv");

    record Case(String sql, ScopeKeyword scope, String name, String value, String expected) {}

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CASES)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            cases.add(new Case(f[0], ScopeKeyword.valueOf(f[1]), f[2], f[3], f[4]));
        }
        return cases;
    }

    @TestFactory
    List<DynamicTest> setCases() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThan(50);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.sql(), () -> run(c))).toList();
    }

    private static void run(Case c) {
        SessionVariables session = new SessionVariables(GlobalVariables.defaults(), 1);
        CollectingWarnings warnings = new CollectingWarnings();
        String outcome;
        try {
            if (c.value().equals("default")) {
                session.setDefault(c.scope(), c.name(), warnings);
            } else {
                session.set(c.scope(), c.name(), value(c.value()), warnings);
            }
            Object selected = session.select(c.name(), c.scope() == ScopeKeyword.GLOBAL ? ScopeKeyword.GLOBAL
                    : ScopeKeyword.NONE);
            outcome = "=" + text(selected) + warnings.conditions.stream()
                    .map(w -> " W" + w.errno()).collect(Collectors.joining());
        } catch (SqlException e) {
            outcome = "E" + e.errno();
        }
        assertThat(outcome).as(c.sql()).isEqualTo(c.expected());
        for (Condition condition : warnings.conditions) assertThat(condition.message()).isNotBlank();
    }

    static Object value(String encoded) {
        if (encoded.equals("null")) return null;
        String text = encoded.substring(2);
        return switch (encoded.charAt(0)) {
            case 'i' -> Long.parseLong(text);
            case 'b' -> new BigInteger(text);
            case 'd' -> new BigDecimal(text);
            case 'f' -> Double.parseDouble(text);
            case 's' -> text;
            default -> throw new IllegalArgumentException(encoded);
        };
    }

    private static String text(Object selected) {
        return switch (selected) {
            case null -> "NULL";
            case Double d when d == Math.rint(d) -> Long.toString(d.longValue());
            default -> selected.toString();
        };
    }
}
