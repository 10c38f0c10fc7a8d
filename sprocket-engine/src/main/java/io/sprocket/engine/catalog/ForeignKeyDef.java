package io.sprocket.engine.catalog;

import io.sprocket.sql.ast.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * A FOREIGN KEY constraint as declared (kept for SHOW CREATE TABLE and information_schema; not enforced yet).
 * Columns are held by name so that ALTER TABLE can move columns freely.
 *
 * @param name              constraint name ({@code <table>_ibfk_<n>} when not given)
 * @param columns           referencing columns of this table
 * @param referencedSchema  schema of the parent table
 * @param referencedTable   parent table
 * @param referencedColumns parent columns
 */
public record ForeignKeyDef(String name, List<String> columns, String referencedSchema, String referencedTable,
                            List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
    public ForeignKeyDef {
        Objects.requireNonNull(name);
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedSchema);
        Objects.requireNonNull(referencedTable);
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete);
        Objects.requireNonNull(onUpdate);
    }
}
