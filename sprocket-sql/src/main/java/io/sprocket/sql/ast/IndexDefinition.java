package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * PRIMARY KEY, UNIQUE, INDEX/KEY, FULLTEXT or SPATIAL index; {@code indexType} is BTREE/HASH from USING, upper case.
 *
 * @param name nullable
 * @param constraintName nullable
 * @param indexType nullable
 * @param comment nullable
 */
public record IndexDefinition(IndexKind kind, String name, String constraintName, List<IndexPart> parts, String indexType, String comment, boolean invisible) implements TableElement {
    public IndexDefinition {
        Objects.requireNonNull(kind, "kind");
        parts = List.copyOf(parts);
    }
}
