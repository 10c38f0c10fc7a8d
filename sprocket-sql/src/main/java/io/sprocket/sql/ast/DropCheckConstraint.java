package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code DROP CHECK name}.
 */
public record DropCheckConstraint(String name) implements AlterAction {
    public DropCheckConstraint {
        Objects.requireNonNull(name, "name");
    }
}
