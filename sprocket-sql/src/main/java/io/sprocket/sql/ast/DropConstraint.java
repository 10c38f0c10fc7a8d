package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code DROP CONSTRAINT name} (any constraint kind).
 */
public record DropConstraint(String name) implements AlterAction {
    public DropConstraint {
        Objects.requireNonNull(name, "name");
    }
}
