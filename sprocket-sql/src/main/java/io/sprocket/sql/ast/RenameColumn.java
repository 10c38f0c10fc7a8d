package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code RENAME COLUMN a TO b}.
 */
public record RenameColumn(String from, String to) implements AlterAction {
    public RenameColumn {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
