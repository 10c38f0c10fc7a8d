package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code col = expr} in UPDATE, INSERT SET and ON DUPLICATE KEY UPDATE.
 */
public record Assignment(ColumnRef column, Expression value) implements Node {
    public Assignment {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
    }
}
