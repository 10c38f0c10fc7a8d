package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code ADD [COLUMN] def [FIRST|AFTER c]} or {@code ADD [COLUMN] (def, ...)}.
 *
 * @param position nullable
 */
public record AddColumns(List<ColumnDefinition> columns, ColumnPosition position) implements AlterAction {
    public AddColumns {
        columns = List.copyOf(columns);
    }
}
