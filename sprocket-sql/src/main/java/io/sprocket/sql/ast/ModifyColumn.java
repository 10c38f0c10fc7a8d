package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code MODIFY [COLUMN] def [FIRST|AFTER c]}.
 *
 * @param position nullable
 */
public record ModifyColumn(ColumnDefinition column, ColumnPosition position) implements AlterAction {
    public ModifyColumn {
        Objects.requireNonNull(column, "column");
    }
}
