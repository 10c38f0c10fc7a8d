package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code DROP INDEX|KEY name}.
 */
public record DropKey(String name) implements AlterAction {
    public DropKey {
        Objects.requireNonNull(name, "name");
    }
}
