package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code DROP DATABASE|SCHEMA [IF EXISTS] db}.
 */
public record DropDatabase(boolean ifExists, String name) implements DdlStatement {
    public DropDatabase {
        Objects.requireNonNull(name, "name");
    }
}
