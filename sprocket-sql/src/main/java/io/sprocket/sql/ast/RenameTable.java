package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code RENAME TABLE a TO b, c TO d}.
 */
public record RenameTable(List<TableRename> renames) implements DdlStatement {
    public RenameTable {
        renames = List.copyOf(renames);
    }
}
