package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code [CONSTRAINT [name]] FOREIGN KEY [index] (cols) REFERENCES ...}.
 *
 * @param constraintName nullable
 * @param indexName nullable
 */
public record ForeignKey(String constraintName, String indexName, List<String> columns, References references) implements TableElement {
    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(references, "references");
    }
}
