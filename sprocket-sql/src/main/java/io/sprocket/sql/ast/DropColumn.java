package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code DROP [COLUMN] c}.
 */
public record DropColumn(String name) implements AlterAction {
    public DropColumn {
        Objects.requireNonNull(name, "name");
    }
}
