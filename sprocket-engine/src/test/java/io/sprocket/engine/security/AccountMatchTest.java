package io.sprocket.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.storage.memory.MemoryKvStore;
import org.junit.jupiter.api.Test;

/** Which account a login matches (MySQL 8.0 Reference Manual, 8.2.6 Access Control, Stage 1: Connection Verification). */
class AccountMatchTest {
    private static AccountStore with(String... accounts) {
        MemoryKvStore kv = new MemoryKvStore();
        AccountStore s = new AccountStore(kv);
        try (var txn = kv.begin()) {
            for (String a : accounts) {
                int at = a.indexOf('@');
                s.put(txn, new StoredAccount(new AccountName(a.substring(0, at), a.substring(at + 1)), "caching_sha2_password", "", false));
            }
            txn.commit();
        }
        return s;
    }

    private static String match(AccountStore s, String user, String host) {
        return s.find(user, host).map(a -> a.name().user() + "@" + a.name().host()).orElse("none");
    }

    @Test
    void theMostSpecificHostWinsThenANamedUserBeforeTheAnonymousOne() {
        AccountStore s = with("bob@%", "@localhost", "bob@localhost", "@%");
        assertThat(match(s, "bob", "127.0.0.1")).isEqualTo("bob@localhost");
        assertThat(match(s, "alice", "127.0.0.1")).isEqualTo("@localhost");
        assertThat(match(s, "alice", "10.0.0.9")).isEqualTo("@%");
        assertThat(match(s, "bob", "10.0.0.9")).isEqualTo("bob@%");
    }

    @Test
    void anAnonymousLocalhostAccountShadowsANamedWildcardOne() {
        // MySQL's well-known trap: ''@'localhost' is more specific than 'bob'@'%'
        AccountStore s = with("bob@%", "@localhost");
        assertThat(match(s, "bob", "127.0.0.1")).isEqualTo("@localhost");
        assertThat(match(s, "bob", "10.0.0.9")).isEqualTo("bob@%");
    }

    @Test
    void noMatchingAccountIsNone() {
        AccountStore s = with("bob@10.%");
        assertThat(match(s, "bob", "127.0.0.1")).isEqualTo("none");
        assertThat(match(s, "carol", "10.0.0.1")).isEqualTo("none");
    }
}
