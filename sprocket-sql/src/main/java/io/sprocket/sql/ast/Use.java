package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code USE db}.
 */
public record Use(String database) implements SessionStatement {
    public Use {
        Objects.requireNonNull(database, "database");
    }
}
