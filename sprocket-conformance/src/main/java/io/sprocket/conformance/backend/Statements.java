package io.sprocket.conformance.backend;

import io.sprocket.conformance.format.ValueText;
import java.util.Locale;

/** Small facts about SQL texts and warning rows shared by all targets. */
final class Statements {
    private Statements() {}

    /** SHOW WARNINGS / SHOW ERRORS: reading warnings after them would only repeat what they returned. */
    static boolean isDiagnostics(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return s.startsWith("SHOW WARNINGS") || s.startsWith("SHOW ERRORS") || s.startsWith("SHOW COUNT");
    }

    static String warningLine(String level, String code, String message) {
        return ValueText.text(level) + "\t" + ValueText.text(code) + "\t" + ValueText.text(message);
    }
}
