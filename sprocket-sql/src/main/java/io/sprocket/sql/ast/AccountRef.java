package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * An account as written in SQL: {@code 'user'@'host'} (host "%" when omitted).
 */
public record AccountRef(String user, String host) implements Node {
    public AccountRef {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
    }
}
