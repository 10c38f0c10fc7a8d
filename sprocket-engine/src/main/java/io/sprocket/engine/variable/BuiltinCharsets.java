package io.sprocket.engine.variable;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The character sets and collations most clients use, with MySQL 8.0's names and ids. */
public final class BuiltinCharsets implements CharsetDirectory {
    public static final BuiltinCharsets INSTANCE = new BuiltinCharsets();

    private final Map<String, Charset> charsets = new HashMap<>();
    private final Map<String, Collation> collationsByName = new HashMap<>();
    private final Map<Integer, Collation> collationsById = new HashMap<>();

    private BuiltinCharsets() {
        charset("utf8mb4", "utf8mb4_0900_ai_ci", 4, true);
        charset("utf8mb3", "utf8mb3_general_ci", 3, true);
        charset("latin1", "latin1_swedish_ci", 1, true);
        charset("ascii", "ascii_general_ci", 1, true);
        charset("binary", "binary", 1, true);
        charset("cp1251", "cp1251_general_ci", 1, true);
        charset("latin2", "latin2_general_ci", 1, true);
        charset("gbk", "gbk_chinese_ci", 2, true);
        charset("sjis", "sjis_japanese_ci", 2, true);
        charset("big5", "big5_chinese_ci", 2, true);
        charset("euckr", "euckr_korean_ci", 2, true);
        charset("gb18030", "gb18030_chinese_ci", 4, true);
        // MySQL refuses these as a client character set: their encodings are not ASCII-compatible.
        charset("ucs2", "ucs2_general_ci", 2, false);
        charset("utf16", "utf16_general_ci", 4, false);
        charset("utf16le", "utf16le_general_ci", 4, false);
        charset("utf32", "utf32_general_ci", 4, false);

        collation("utf8mb4_0900_ai_ci", 255);
        collation("utf8mb4_general_ci", 45);
        collation("utf8mb4_bin", 46);
        collation("utf8mb4_unicode_ci", 224);
        collation("utf8mb4_unicode_520_ci", 246);
        collation("utf8mb4_0900_as_cs", 278);
        collation("utf8mb4_0900_as_ci", 305);
        collation("utf8mb4_0900_bin", 309);
        collation("utf8mb3_general_ci", 33);
        collation("utf8mb3_bin", 83);
        collation("utf8mb3_unicode_ci", 192);
        collation("latin1_swedish_ci", 8);
        collation("latin1_german1_ci", 5);
        collation("latin1_danish_ci", 15);
        collation("latin1_german2_ci", 31);
        collation("latin1_bin", 47);
        collation("latin1_general_ci", 48);
        collation("latin1_general_cs", 49);
        collation("latin1_spanish_ci", 94);
        collation("ascii_general_ci", 11);
        collation("ascii_bin", 65);
        collation("binary", 63);
        collation("cp1251_general_ci", 51);
        collation("cp1251_bin", 50);
        collation("latin2_general_ci", 9);
        collation("latin2_bin", 77);
        collation("gbk_chinese_ci", 28);
        collation("gbk_bin", 87);
        collation("sjis_japanese_ci", 13);
        collation("sjis_bin", 88);
        collation("big5_chinese_ci", 1);
        collation("big5_bin", 84);
        collation("euckr_korean_ci", 19);
        collation("euckr_bin", 85);
        collation("gb18030_chinese_ci", 248);
        collation("gb18030_bin", 249);
        collation("ucs2_general_ci", 35);
        collation("ucs2_bin", 90);
        collation("utf16_general_ci", 54);
        collation("utf16_bin", 55);
        collation("utf16le_general_ci", 56);
        collation("utf16le_bin", 62);
        collation("utf32_general_ci", 60);
        collation("utf32_bin", 61);
    }

    private void charset(String name, String defaultCollation, int maxBytes, boolean clientSafe) {
        charsets.put(name, new Charset(name, defaultCollation, maxBytes, clientSafe));
    }

    private void collation(String name, int id) {
        String charset = name.equals("binary") ? "binary" : name.substring(0, name.indexOf('_'));
        Collation collation = new Collation(name, id, charset);
        collationsByName.put(name, collation);
        collationsById.put(id, collation);
    }

    @Override
    public Optional<Charset> charset(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("utf8")) key = "utf8mb3";
        return Optional.ofNullable(charsets.get(key));
    }

    @Override
    public Optional<Collation> collation(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.startsWith("utf8_")) key = "utf8mb3_" + key.substring("utf8_".length());
        return Optional.ofNullable(collationsByName.get(key));
    }

    @Override
    public Optional<Collation> collation(int id) {
        return Optional.ofNullable(collationsById.get(id));
    }
}
