package io.sprocket.engine.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CollationTest {
    private static final CollationRegistry REG = CollationRegistry.instance();

    @Test
    void registryByNameAndId() {
        assertThat(REG.collation(255).name()).isEqualTo("utf8mb4_0900_ai_ci");
        assertThat(REG.collation(45).name()).isEqualTo("utf8mb4_general_ci");
        assertThat(REG.collation(46).name()).isEqualTo("utf8mb4_bin");
        assertThat(REG.collation(63).name()).isEqualTo("binary");
        assertThat(REG.collation(8).name()).isEqualTo("latin1_swedish_ci");
        assertThat(REG.collation(33).name()).isEqualTo("utf8mb3_general_ci");
        assertThat(REG.collation(278).name()).isEqualTo("utf8mb4_0900_as_cs");
        assertThat(REG.collation(224).name()).isEqualTo("utf8mb4_unicode_ci");
        assertThat(REG.collation("UTF8MB4_BIN").id()).isEqualTo(46);
        assertThat(REG.collation("utf8_general_ci").id()).isEqualTo(33);
        assertThat(REG.charset("utf8").name()).isEqualTo("utf8mb3");
        assertThat(REG.defaultCollation(REG.charset("utf8mb4")).id()).isEqualTo(255);
        assertThatThrownBy(() -> REG.requireCollation("nope"))
                .isInstanceOf(SqlException.class).hasMessage("Unknown collation: 'nope'");
        assertThatThrownBy(() -> REG.requireCharset("nope"))
                .isInstanceOf(SqlException.class).hasMessage("Unknown character set: 'nope'");
        assertThatThrownBy(() -> REG.resolve("latin1", "utf8mb4_bin"))
                .isInstanceOf(SqlException.class)
                .hasMessage("COLLATION 'utf8mb4_bin' is not valid for CHARACTER SET 'latin1'");
        assertThat(REG.resolve("utf8mb4", null).name()).isEqualTo("utf8mb4_0900_ai_ci");
    }

    @Test
    void showRows() {
        // SHOW CHARACTER SET / SHOW COLLATION on the oracle (MySQL 8.0 defaults for utf8mb4)
        assertThat(REG.showCharacterSetRows()).anySatisfy(r ->
                assertThat(r).containsExactly("latin1", "cp1252 West European", "latin1_swedish_ci", 1L));
        assertThat(REG.showCharacterSetRows()).anySatisfy(r ->
                assertThat(r).containsExactly("utf8mb4", "UTF-8 Unicode", "utf8mb4_0900_ai_ci", 4L));
        assertThat(REG.showCharacterSetRows()).anySatisfy(r ->
                assertThat(r).containsExactly("binary", "Binary pseudo charset", "binary", 1L));
        assertThat(REG.showCollationRows()).anySatisfy(r ->
                assertThat(r).containsExactly("utf8mb4_unicode_ci", "utf8mb4", 224L, "", "Yes", 8L, "PAD SPACE"));
        assertThat(REG.showCollationRows()).anySatisfy(r ->
                assertThat(r).containsExactly("utf8mb4_0900_ai_ci", "utf8mb4", 255L, "Yes", "Yes", 0L, "NO PAD"));
    }

    @Test
    void generalCiFoldsCaseAndAccentsAndPads() {
        Collation c = CollationRegistry.UTF8MB4_GENERAL_CI;
        // oracle: SELECT 'ä' = 'a' COLLATE utf8mb4_general_ci, 'ß'='s', 'a'='a ', 'a\t' < 'a' -> 1 1 1 1
        assertThat(c.equals("ä", "a")).isTrue();
        assertThat(c.equals("ß", "s")).isTrue();
        assertThat(c.equals("a", "a ")).isTrue();
        assertThat(c.compare("a\t", "a")).isNegative();
        assertThat(c.equals("ABC", "abc")).isTrue();
        assertThat(c.compare("a", "b")).isNegative();
    }

    @Test
    void uca0900IsNoPadAccentAndCaseInsensitive() {
        Collation ai = CollationRegistry.UTF8MB4_0900_AI_CI;
        assertThat(ai.equals("a", "A")).isTrue();
        assertThat(ai.equals("a", "á")).isTrue();
        assertThat(ai.equals("résumé", "RESUME")).isTrue();
        assertThat(ai.equals("a", "a ")).isFalse(); // NO PAD
        assertThat(ai.compare("a", "a ")).isNegative();
        assertThat(ai.equals("ß", "ss")).isTrue();
        assertThat(ai.equals("æ", "AE")).isTrue();
        assertThat(ai.compare("a-b", "ab")).isNotZero();
        assertThat(ai.compare("_", "a")).isNegative(); // punctuation before letters
        assertThat(ai.compare("9", "a")).isNegative();
        assertThat(ai.compare("Z", "a")).isPositive();
        Collation cs = CollationRegistry.UTF8MB4_0900_AS_CS;
        assertThat(cs.equals("a", "A")).isFalse();
        assertThat(cs.compare("a", "A")).isNegative(); // lower case first
        assertThat(cs.equals("a", "á")).isFalse();
        assertThat(cs.compare("a", "b")).isNegative();
        assertThat(cs.compare("A", "b")).isNegative();
    }

    @Test
    void binAndBinary() {
        Collation bin = CollationRegistry.UTF8MB4_BIN;
        assertThat(bin.compare("a", "B")).isPositive();
        assertThat(bin.equals("a", "a  ")).isTrue(); // PAD SPACE
        Collation binary = CollationRegistry.BINARY;
        assertThat(binary.equals("a", "a ")).isFalse();
        assertThat(Collation.compareBytes(new byte[]{(byte) 0x80}, new byte[]{0x7f})).isPositive();
    }

    /** The sort key order must be the compare order and hashes must agree with equality, for every collation. */
    @Test
    void sortKeysAndHashesAgreeWithCompare() {
        String alphabet = "aAbB á\tß-_Zz9ü€😀";
        Random random = new Random(42);
        List<String> strings = new ArrayList<>(List.of("", " ", "a", "a ", "a  ", "a\t", "a b", "ab", "A", "á"));
        for (int i = 0; i < 120; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(5);
            for (int k = 0; k < len; k++) sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            strings.add(sb.toString());
        }
        for (Collation c : REG.collations()) {
            for (int i = 0; i < strings.size(); i++) {
                for (int j = 0; j < 15; j++) {
                    String a = strings.get(i), b = strings.get((i * 7 + j * 13) % strings.size());
                    int cmp = Integer.signum(c.compare(a, b));
                    int keys = Integer.signum(Arrays.compareUnsigned(c.sortKey(a), c.sortKey(b)));
                    assertThat(keys).as("%s: '%s' vs '%s'", c.name(), a, b).isEqualTo(cmp);
                    assertThat(Integer.signum(c.compare(b, a))).as("antisymmetric %s", c.name()).isEqualTo(-cmp);
                    if (cmp == 0) assertThat(c.hash(a)).isEqualTo(c.hash(b));
                }
            }
        }
    }
}
