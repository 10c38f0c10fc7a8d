package io.sprocket.engine.type;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The character sets and collations the server knows, by name and by MySQL's ids, with what SHOW COLLATION,
 * SHOW CHARACTER SET and information_schema list. Immutable; one shared instance.
 */
public final class CollationRegistry {
    public static final Charset UTF8MB4 = new Charset("utf8mb4", "UTF-8 Unicode", "utf8mb4_0900_ai_ci", 4);
    public static final Charset UTF8MB3 = new Charset("utf8mb3", "UTF-8 Unicode", "utf8mb3_general_ci", 3);
    public static final Charset LATIN1 = new Charset("latin1", "cp1252 West European", "latin1_swedish_ci", 1);
    public static final Charset ASCII = new Charset("ascii", "US ASCII", "ascii_general_ci", 1);
    public static final Charset BINARY_CHARSET = new Charset("binary", "Binary pseudo charset", "binary", 1);

    // SHOW COLLATION (MySQL 8.0): Id, Default, Compiled=Yes, Sortlen, Pad_attribute
    public static final Collation UTF8MB4_0900_AI_CI = new Collation(255, "utf8mb4_0900_ai_ci", UTF8MB4, true, false, 0, Collation.Algorithm.UCA_PRIMARY);
    public static final Collation UTF8MB4_0900_AS_CS = new Collation(278, "utf8mb4_0900_as_cs", UTF8MB4, false, false, 0, Collation.Algorithm.UCA_TERTIARY);
    public static final Collation UTF8MB4_0900_BIN = new Collation(309, "utf8mb4_0900_bin", UTF8MB4, false, false, 1, Collation.Algorithm.CODEPOINT);
    public static final Collation UTF8MB4_GENERAL_CI = new Collation(45, "utf8mb4_general_ci", UTF8MB4, false, true, 1, Collation.Algorithm.GENERAL_CI);
    public static final Collation UTF8MB4_BIN = new Collation(46, "utf8mb4_bin", UTF8MB4, false, true, 1, Collation.Algorithm.CODEPOINT);
    public static final Collation UTF8MB4_UNICODE_CI = new Collation(224, "utf8mb4_unicode_ci", UTF8MB4, false, true, 8, Collation.Algorithm.UCA_PRIMARY);
    public static final Collation BINARY = new Collation(63, "binary", BINARY_CHARSET, true, false, 1, Collation.Algorithm.BINARY);
    public static final Collation LATIN1_SWEDISH_CI = new Collation(8, "latin1_swedish_ci", LATIN1, true, true, 1, Collation.Algorithm.GENERAL_CI);
    public static final Collation LATIN1_BIN = new Collation(47, "latin1_bin", LATIN1, false, true, 1, Collation.Algorithm.CODEPOINT);
    /** DIN-1 German: Ä = A, Ö = O, Ü = U, ß = s, which is what general_ci folding does. */
    public static final Collation LATIN1_GERMAN1_CI = new Collation(5, "latin1_german1_ci", LATIN1, false, true, 1, Collation.Algorithm.GENERAL_CI);
    public static final Collation ASCII_GENERAL_CI = new Collation(11, "ascii_general_ci", ASCII, true, true, 1, Collation.Algorithm.GENERAL_CI);
    public static final Collation ASCII_BIN = new Collation(65, "ascii_bin", ASCII, false, true, 1, Collation.Algorithm.CODEPOINT);
    public static final Collation UTF8MB3_GENERAL_CI = new Collation(33, "utf8mb3_general_ci", UTF8MB3, true, true, 1, Collation.Algorithm.GENERAL_CI);
    public static final Collation UTF8MB3_BIN = new Collation(83, "utf8mb3_bin", UTF8MB3, false, true, 1, Collation.Algorithm.CODEPOINT);

    private static final CollationRegistry DEFAULT = new CollationRegistry(
            List.of(ASCII, BINARY_CHARSET, LATIN1, UTF8MB3, UTF8MB4),
            List.of(LATIN1_SWEDISH_CI, ASCII_GENERAL_CI, UTF8MB3_GENERAL_CI, UTF8MB4_GENERAL_CI, UTF8MB4_BIN,
                    LATIN1_BIN, LATIN1_GERMAN1_CI, BINARY, ASCII_BIN, UTF8MB3_BIN, UTF8MB4_UNICODE_CI, UTF8MB4_0900_AI_CI,
                    UTF8MB4_0900_AS_CS, UTF8MB4_0900_BIN));

    private final Map<String, Charset> charsets = new LinkedHashMap<>();
    private final Map<String, Collation> byName = new LinkedHashMap<>();
    private final Map<Integer, Collation> byId = new LinkedHashMap<>();

    private CollationRegistry(List<Charset> charsets, List<Collation> collations) {
        for (Charset c : charsets) this.charsets.put(c.name(), c);
        for (Collation c : collations) {
            byName.put(c.name(), c);
            byId.put(c.id(), c);
        }
    }

    public static CollationRegistry instance() { return DEFAULT; }

    /** The server default: utf8mb4_0900_ai_ci. */
    public static Collation defaultCollation() { return UTF8MB4_0900_AI_CI; }

    /** By name, case-insensitive; null when unknown. {@code utf8} and {@code utf8_*} mean utf8mb3 as in MySQL 8.0. */
    public Collation collation(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("utf8_")) n = "utf8mb3_" + n.substring(5);
        return byName.get(n);
    }

    /** By name, or ER_UNKNOWN_COLLATION 1273. */
    public Collation requireCollation(String name) {
        Collation c = collation(name);
        if (c == null) throw new SqlException(ErrorCode.ER_UNKNOWN_COLLATION, name);
        return c;
    }

    public Collation collation(int id) { return byId.get(id); }

    /** By name, case-insensitive ({@code utf8} means utf8mb3); null when unknown. */
    public Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("utf8")) n = "utf8mb3";
        return charsets.get(n);
    }

    /** By name, or ER_UNKNOWN_CHARACTER_SET 1115. */
    public Charset requireCharset(String name) {
        Charset c = charset(name);
        if (c == null) throw new SqlException(ErrorCode.ER_UNKNOWN_CHARACTER_SET, name);
        return c;
    }

    /** The default collation of a character set. */
    public Collation defaultCollation(Charset charset) { return byName.get(charset.defaultCollation()); }

    /**
     * The collation for {@code CHARACTER SET cs COLLATE co} (either may be null), checking they match
     * (ER_COLLATION_CHARSET_MISMATCH 1253).
     */
    public Collation resolve(String charsetName, String collationName) {
        if (collationName == null) {
            return charsetName == null ? defaultCollation() : defaultCollation(requireCharset(charsetName));
        }
        Collation co = requireCollation(collationName);
        if (charsetName != null) {
            Charset cs = requireCharset(charsetName);
            if (!co.charset().equals(cs)) throw new SqlException(ErrorCode.ER_COLLATION_CHARSET_MISMATCH, co.name(), cs.name());
        }
        return co;
    }

    public Collection<Charset> charsets() { return charsets.values(); }

    public Collection<Collation> collations() { return byName.values(); }

    /** SHOW CHARACTER SET rows: Charset, Description, Default collation, Maxlen. */
    public List<Object[]> showCharacterSetRows() {
        return charsets.values().stream().sorted(java.util.Comparator.comparing(Charset::name))
                .map(c -> new Object[]{c.name(), c.description(), c.defaultCollation(), (long) c.maxLength()})
                .toList();
    }

    /** SHOW COLLATION rows: Collation, Charset, Id, Default, Compiled, Sortlen, Pad_attribute. */
    public List<Object[]> showCollationRows() {
        return byName.values().stream().sorted(java.util.Comparator.comparing(Collation::name))
                .map(c -> new Object[]{c.name(), c.charsetName(), (long) c.id(), c.isDefault() ? "Yes" : "",
                        "Yes", (long) c.sortLength(), c.padAttribute()})
                .toList();
    }
}
