package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ADD INDEX|KEY|UNIQUE|PRIMARY KEY|FULLTEXT|SPATIAL ...}.
 */
public record AddIndex(IndexDefinition index) implements AlterAction {
    public AddIndex {
        Objects.requireNonNull(index, "index");
    }
}
