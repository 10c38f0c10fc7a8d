package io.sprocket.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {
    @Test
    void wildcardsCaseAndEscapes() {
        assertThat(LikePattern.matches("%", "anything")).isTrue();
        assertThat(LikePattern.matches(null, "anything")).isTrue();
        assertThat(LikePattern.matches("SQL_MODE", "sql_mode")).isTrue();
        assertThat(LikePattern.matches("sql%", "sql_mode")).isTrue();
        assertThat(LikePattern.matches("%mode", "sql_mode")).isTrue();
        assertThat(LikePattern.matches("%_mode", "sqlmode")).isTrue();
        assertThat(LikePattern.matches("sql\\_mode", "sqlxmode")).isFalse();
        assertThat(LikePattern.matches("sql_mode", "sqlxmode")).isTrue();
        assertThat(LikePattern.matches("a%b%c", "axxbyyc")).isTrue();
        assertThat(LikePattern.matches("a%b%c", "axxbyy")).isFalse();
        assertThat(LikePattern.matches("", "")).isTrue();
        assertThat(LikePattern.matches("_", "")).isFalse();
        assertThat(LikePattern.matches("Ssl\\_%", "ssl_cipher")).isTrue();
    }
}
