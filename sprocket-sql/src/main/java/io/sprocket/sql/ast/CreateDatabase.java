package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE DATABASE|SCHEMA [IF NOT EXISTS] db [options]}.
 */
public record CreateDatabase(boolean ifNotExists, String name, List<DatabaseOption> options) implements DdlStatement {
    public CreateDatabase {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
    }
}
