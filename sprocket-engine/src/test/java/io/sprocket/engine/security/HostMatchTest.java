package io.sprocket.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostMatchTest {
    @Test
    void loopbackClientsMatchLocalhost() {
        assertThat(HostMatch.matches("localhost", "127.0.0.1")).isTrue();
        assertThat(HostMatch.matches("localhost", "::1")).isTrue();
        assertThat(HostMatch.matches("localhost", "10.0.0.1")).isFalse();
    }

    @Test
    void wildcardsMatchAsLike() {
        assertThat(HostMatch.matches("%", "10.1.2.3")).isTrue();
        assertThat(HostMatch.matches("127.0.0.%", "127.0.0.1")).isTrue();
        assertThat(HostMatch.matches("192.168.%", "127.0.0.1")).isFalse();
        assertThat(HostMatch.matches("10.0.0._", "10.0.0.7")).isTrue();
    }

    @Test
    void netmasksAndCidrPrefixesMatchIpv4Addresses() {
        assertThat(HostMatch.matches("127.0.0.0/255.0.0.0", "127.0.0.1")).isTrue();
        assertThat(HostMatch.matches("127.0.0.0/255.0.0.0", "localhost")).isTrue();
        assertThat(HostMatch.matches("10.0.0.0/255.0.0.0", "127.0.0.1")).isFalse();
        assertThat(HostMatch.matches("198.51.100.0/255.255.255.0", "198.51.100.77")).isTrue();
        assertThat(HostMatch.matches("198.51.100.0/255.255.255.0", "198.51.101.77")).isFalse();
        assertThat(HostMatch.matches("198.51.100.0/24", "198.51.100.200")).isTrue();
        assertThat(HostMatch.matches("198.51.100.0/24", "198.51.99.200")).isFalse();
        assertThat(HostMatch.matches("198.51.100.0/33", "198.51.100.1")).isFalse();
        assertThat(HostMatch.matches("198.51.100.0/255.255.255.0", "::1")).isFalse();
    }

    @Test
    void aNetmaskIsMoreSpecificThanAWildcardAndLessThanALiteral() {
        assertThat(HostMatch.specificity("127.0.0.1")).isGreaterThan(HostMatch.specificity("127.0.0.0/255.0.0.0"));
        assertThat(HostMatch.specificity("127.0.0.0/255.0.0.0")).isGreaterThan(HostMatch.specificity("127.0.0.%"));
        assertThat(HostMatch.specificity("127.0.0.%")).isGreaterThan(HostMatch.specificity("%"));
    }
}
