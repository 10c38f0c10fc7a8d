package io.sprocket.engine.row;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.catalog.IndexDef;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.storage.KeyEncoder;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Key order must equal value order, per type and collation, or range scans and unique checks go wrong. */
class IndexKeysTest {
    private static final IndexDef.Part ASC = new IndexDef.Part(0, 0, false);
    private static final IndexDef.Part DESC = new IndexDef.Part(0, 0, true);

    static byte[] key(SqlType type, IndexDef.Part part, Object value) {
        KeyEncoder e = new KeyEncoder();
        IndexKeys.appendPart(e, type, part, value);
        return e.toByteArray();
    }

    static int keyOrder(SqlType type, Object a, Object b) {
        return Integer.signum(KeyEncoder.compare(key(type, ASC, a), key(type, ASC, b)));
    }

    @Property(tries = 500)
    void signedIntegers(@ForAll long a, @ForAll long b) {
        assertThat(keyOrder(SqlType.BIGINT, a, b)).isEqualTo(Integer.signum(Long.compare(a, b)));
        assertThat(Integer.signum(KeyEncoder.compare(key(SqlType.BIGINT, DESC, a), key(SqlType.BIGINT, DESC, b))))
                .isEqualTo(-Integer.signum(Long.compare(a, b)));
    }

    @Property(tries = 500)
    void unsignedIntegers(@ForAll long a, @ForAll long b) {
        assertThat(keyOrder(SqlType.BIGINT_UNSIGNED, a, b)).isEqualTo(Integer.signum(Long.compareUnsigned(a, b)));
    }

    @Property(tries = 500)
    void doubles(@ForAll double a, @ForAll double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return;
        assertThat(keyOrder(SqlType.DOUBLE, a, b)).isEqualTo(Integer.signum(Double.compare(a == 0 ? 0.0 : a, b == 0 ? 0.0 : b)));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1e20"), new BigDecimal("1e20")).ofScale(6)
                .edgeCases(c -> c.add(BigDecimal.ZERO, new BigDecimal("0.1"), new BigDecimal("-0.1"), BigDecimal.TEN));
    }

    @Property(tries = 500)
    void decimalsIgnoringScale(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
        SqlType t = SqlType.decimal(30, 6);
        assertThat(keyOrder(t, a, b)).isEqualTo(Integer.signum(a.compareTo(b)));
        assertThat(keyOrder(t, a.setScale(8), a)).isZero();
    }

    @Property(tries = 300)
    void stringsFollowTheirCollation(@ForAll("words") String a, @ForAll("words") String b) {
        for (Collation c : List.of(CollationRegistry.UTF8MB4_0900_AI_CI, CollationRegistry.UTF8MB4_BIN,
                CollationRegistry.UTF8MB4_GENERAL_CI, CollationRegistry.LATIN1_SWEDISH_CI)) {
            SqlType t = SqlType.varchar(100, c);
            assertThat(keyOrder(t, a, b)).as(c.name() + " " + a + " vs " + b).isEqualTo(Integer.signum(c.compare(a, b)));
        }
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("aAbBzZ éÉ0\u0000").ofMaxLength(6);
    }

    @Test
    void caseInsensitiveCollationsCollide() {
        SqlType ci = SqlType.varchar(10, CollationRegistry.UTF8MB4_0900_AI_CI);
        assertThat(key(ci, ASC, "a")).isEqualTo(key(ci, ASC, "A"));
        SqlType bin = SqlType.varchar(10, CollationRegistry.UTF8MB4_BIN);
        assertThat(key(bin, ASC, "a")).isNotEqualTo(key(bin, ASC, "A"));
    }

    @Test
    void nullSortsFirstAscendingAndLastDescending() {
        assertThat(KeyEncoder.compare(key(SqlType.INT, ASC, null), key(SqlType.INT, ASC, Long.MIN_VALUE))).isNegative();
        assertThat(KeyEncoder.compare(key(SqlType.INT, DESC, null), key(SqlType.INT, DESC, Long.MIN_VALUE))).isPositive();
    }

    @Test
    void prefixLengthsCountCharacters() {
        SqlType t = SqlType.varchar(10, CollationRegistry.UTF8MB4_BIN);
        IndexDef.Part prefix2 = new IndexDef.Part(0, 2, false);
        assertThat(key(t, prefix2, "ééx")).isEqualTo(key(t, prefix2, "ééy"));
        assertThat(key(t, prefix2, "éa")).isNotEqualTo(key(t, prefix2, "éb"));
    }

    @Test
    void temporalsEnumsAndSets() {
        SqlType dt = SqlType.datetime(6);
        assertThat(keyOrder(dt, new SqlDateTime(2020, 1, 1, 0, 0, 0, 1), new SqlDateTime(2020, 1, 1, 0, 0, 0, 0)))
                .isPositive();
        assertThat(keyOrder(SqlType.time(0), SqlTime.ofMicros(-5), SqlTime.ofMicros(3))).isNegative();
        SqlType e = SqlType.enumeration(List.of("z", "a"), null);
        assertThat(keyOrder(e, "z", "a")).isNegative(); // ENUM sorts by index, not by text
        SqlType s = SqlType.set(List.of("x", "y"), null);
        assertThat(keyOrder(s, "y", "x,y")).isNegative();
        assertThat(key(new SqlType(TypeKind.VARBINARY, 5, 0, false, false, null, List.of()), ASC, new byte[]{0}))
                .isNotEmpty();
    }
}
