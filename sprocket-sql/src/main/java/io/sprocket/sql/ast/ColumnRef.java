package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A column reference {@code col}, {@code t.col} or {@code db.t.col}. Inside stored programs an unqualified name may also denote a routine variable; the analyzer decides.
 *
 * @param schema nullable
 * @param table nullable
 */
public record ColumnRef(String schema, String table, String column) implements Expression {
    public ColumnRef {
        Objects.requireNonNull(column, "column");
    }
}
