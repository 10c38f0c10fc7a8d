package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX name [USING ..] ON t (parts) [options]}.
 */
public record CreateIndex(IndexDefinition index, ObjectName table) implements DdlStatement {
    public CreateIndex {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(table, "table");
    }
}
