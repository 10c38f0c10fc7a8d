package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SHOW CREATE DATABASE|SCHEMA [IF NOT EXISTS] db}.
 */
public record ShowCreateDatabase(boolean ifNotExists, String name) implements ShowStatement {
    public ShowCreateDatabase {
        Objects.requireNonNull(name, "name");
    }
}
