package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ADD [CONSTRAINT [name]] FOREIGN KEY ...}.
 */
public record AddForeignKey(ForeignKey foreignKey) implements AlterAction {
    public AddForeignKey {
        Objects.requireNonNull(foreignKey, "foreignKey");
    }
}
