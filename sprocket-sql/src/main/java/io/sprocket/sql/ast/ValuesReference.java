package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code VALUES(col)} inside ON DUPLICATE KEY UPDATE.
 */
public record ValuesReference(ColumnRef column) implements Expression {
    public ValuesReference {
        Objects.requireNonNull(column, "column");
    }
}
