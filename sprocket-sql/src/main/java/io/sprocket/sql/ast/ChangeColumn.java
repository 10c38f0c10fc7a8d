package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code CHANGE [COLUMN] old def [FIRST|AFTER c]}.
 *
 * @param position nullable
 */
public record ChangeColumn(String oldName, ColumnDefinition column, ColumnPosition position) implements AlterAction {
    public ChangeColumn {
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(column, "column");
    }
}
