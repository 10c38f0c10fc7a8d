package io.sprocket.engine.security;

import java.util.Objects;

/** A MySQL account name, 'user'@'host'. Never a "user@host" string. */
public record AccountName(String user, String host) {
    public AccountName {
        Objects.requireNonNull(user);
        Objects.requireNonNull(host);
    }

    public static final AccountName ROOT = new AccountName("root", "localhost");

    /** 'user'@'host' as MySQL quotes it in messages and SHOW output. */
    public String quoted() {
        return "'" + user + "'@'" + host + "'";
    }

    @Override
    public String toString() {
        return user + "@" + host;
    }
}
