package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code DROP FOREIGN KEY name}.
 */
public record DropForeignKey(String name) implements AlterAction {
    public DropForeignKey {
        Objects.requireNonNull(name, "name");
    }
}
