package io.sprocket.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.security.PasswordHashes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The engine's PasswordHashes (tested here, where the plugins that verify against it live). */
class PasswordHashesTest {
    @Test
    void nativeHashMatchesMysqlPasswordFunction() {
        // SELECT PASSWORD('secret') on the MariaDB oracle; same value as MySQL 5.7's
        assertThat(PasswordHashes.nativeHash("secret")).isEqualTo("*14E65567ABDB5135D0CFD9A70B3032C179A49EE7");
        assertThat(PasswordHashes.nativeHash("")).isEmpty();
        assertThat(PasswordHashes.nativeMatches("*14E65567ABDB5135D0CFD9A70B3032C179A49EE7",
                "secret".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PasswordHashes.nativeMatches("*14E65567ABDB5135D0CFD9A70B3032C179A49EE7",
                "Secret".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void sha256CryptMatchesTheReferenceVector() {
        // `openssl passwd -5 -salt saltstring "Hello world!"` (5000 rounds, glibc's $5$ format)
        assertThat(PasswordHashes.sha256Crypt("Hello world!".getBytes(StandardCharsets.US_ASCII),
                "saltstring".getBytes(StandardCharsets.US_ASCII), 5000))
                .isEqualTo("5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5");
    }

    @Test
    void cachingSha2StringHasMysqlsShapeAndVerifies() {
        String stored = PasswordHashes.cachingSha2Hash("pässword");
        assertThat(stored).hasSize(70).startsWith("$A$005$");
        assertThat(stored.substring(7, 27)).doesNotContain("$");
        assertThat(PasswordHashes.cachingSha2Matches(stored, "pässword".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PasswordHashes.cachingSha2Matches(stored, "password".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(PasswordHashes.cachingSha2Hash("other")).isNotEqualTo(PasswordHashes.cachingSha2Hash("other"));
        assertThat(PasswordHashes.cachingSha2Matches("", new byte[0])).isTrue();
        assertThat(PasswordHashes.cachingSha2Matches("garbage", new byte[0])).isFalse();
    }

    @Test
    void hashPicksThePlugin() {
        assertThat(PasswordHashes.hash(PasswordHashes.NATIVE_PLUGIN, "x")).startsWith("*").hasSize(41);
        assertThat(PasswordHashes.hash(PasswordHashes.CACHING_SHA2_PLUGIN, "x")).startsWith("$A$005$");
    }
}
