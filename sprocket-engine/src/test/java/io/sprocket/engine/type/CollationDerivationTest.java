package io.sprocket.engine.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Oracle: columns a (utf8mb4_general_ci), b (utf8mb4_unicode_ci), c (latin1), d (utf8mb4_bin). */
class CollationDerivationTest {
    private static final CollationDerivation A = CollationDerivation.column(CollationRegistry.UTF8MB4_GENERAL_CI);
    private static final CollationDerivation B = CollationDerivation.column(CollationRegistry.UTF8MB4_UNICODE_CI);
    private static final CollationDerivation C = CollationDerivation.column(CollationRegistry.LATIN1_SWEDISH_CI);
    private static final CollationDerivation D = CollationDerivation.column(CollationRegistry.UTF8MB4_BIN);

    @Test
    void illegalMixOfImplicitCollations() {
        // SELECT a = b -> ERROR 1267 Illegal mix of collations (utf8mb4_general_ci,IMPLICIT) and (utf8mb4_unicode_ci,IMPLICIT) for operation '='
        assertThatThrownBy(() -> CollationDerivation.aggregate(A, B, "="))
                .hasMessage("Illegal mix of collations (utf8mb4_general_ci,IMPLICIT) and (utf8mb4_unicode_ci,IMPLICIT) for operation '='");
        // SELECT 'a' COLLATE utf8mb4_bin = 'a' COLLATE utf8mb4_general_ci -> 1267 with EXPLICIT
        assertThatThrownBy(() -> CollationDerivation.aggregate(CollationDerivation.explicit(CollationRegistry.UTF8MB4_BIN),
                CollationDerivation.explicit(CollationRegistry.UTF8MB4_GENERAL_CI), "="))
                .hasMessage("Illegal mix of collations (utf8mb4_bin,EXPLICIT) and (utf8mb4_general_ci,EXPLICIT) for operation '='");
    }

    @Test
    void resolvableMixes() {
        // SELECT a = d, a = c, a = 'x' COLLATE utf8mb4_unicode_ci, c = 'é' all succeed on the oracle
        assertThat(CollationDerivation.aggregate(A, D, "=").collation()).isEqualTo(CollationRegistry.UTF8MB4_BIN);
        assertThat(CollationDerivation.aggregate(A, C, "=").collation()).isEqualTo(CollationRegistry.UTF8MB4_GENERAL_CI);
        assertThat(CollationDerivation.aggregate(A, CollationDerivation.explicit(CollationRegistry.UTF8MB4_UNICODE_CI), "=")
                .collation()).isEqualTo(CollationRegistry.UTF8MB4_UNICODE_CI);
        assertThat(CollationDerivation.aggregate(C, CollationDerivation.literal(CollationRegistry.UTF8MB4_0900_AI_CI), "=")
                .collation()).isEqualTo(CollationRegistry.LATIN1_SWEDISH_CI);
        assertThat(CollationDerivation.aggregate(CollationDerivation.ignorable(), A, "=")).isEqualTo(A);
        assertThat(Coercibility.COERCIBLE.value()).isEqualTo(4);
    }
}
