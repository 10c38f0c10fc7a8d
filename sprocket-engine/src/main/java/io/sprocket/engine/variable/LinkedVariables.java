package io.sprocket.engine.variable;

import java.util.Map;

/**
 * Variables that move together: setting a character set sets its collation to the charset's default (for
 * utf8mb4, default_collation_for_utf8mb4), and setting a collation sets the matching character set.
 */
final class LinkedVariables {
    private LinkedVariables() {}

    /** Where the linked value is written: the session's or the global store. */
    interface Store {
        Object get(String name);

        void put(String name, Object value);
    }

    private static final Map<String, String> COLLATION_OF = Map.of(
            "character_set_connection", "collation_connection",
            "character_set_database", "collation_database",
            "character_set_server", "collation_server");

    private static final Map<String, String> CHARSET_OF = Map.of(
            "collation_connection", "character_set_connection",
            "collation_database", "character_set_database",
            "collation_server", "character_set_server");

    static void afterSet(String name, Object value, Store store, CharsetDirectory charsets) {
        String collation = COLLATION_OF.get(name);
        if (collation != null && value instanceof String charset) {
            store.put(collation, defaultCollation(charset, store, charsets));
            return;
        }
        String charset = CHARSET_OF.get(name);
        if (charset != null && value instanceof String collationName) {
            charsets.collation(collationName).ifPresent(c -> store.put(charset, c.charset()));
        }
    }

    static String defaultCollation(String charset, Store store, CharsetDirectory charsets) {
        if (charset.equals("utf8mb4") && store.get("default_collation_for_utf8mb4") instanceof String c) return c;
        return charsets.charset(charset).map(CharsetDirectory.Charset::defaultCollation).orElseThrow();
    }
}
