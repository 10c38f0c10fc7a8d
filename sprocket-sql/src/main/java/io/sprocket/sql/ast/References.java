package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code REFERENCES t (cols) [MATCH ..] [ON DELETE ..] [ON UPDATE ..]}.
 *
 * @param match nullable
 */
public record References(ObjectName table, List<String> columns, String match, ReferentialAction onDelete, ReferentialAction onUpdate) implements Node {
    public References {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }
}
