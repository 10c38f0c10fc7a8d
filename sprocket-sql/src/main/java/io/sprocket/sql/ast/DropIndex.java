package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code DROP INDEX name ON t}.
 */
public record DropIndex(String name, ObjectName table) implements DdlStatement {
    public DropIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
    }
}
