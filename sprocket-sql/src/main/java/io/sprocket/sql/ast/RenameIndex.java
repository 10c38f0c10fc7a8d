package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code RENAME INDEX|KEY a TO b}.
 */
public record RenameIndex(String from, String to) implements AlterAction {
    public RenameIndex {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
