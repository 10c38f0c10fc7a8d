package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code [GENERATED ALWAYS] AS (expr) [VIRTUAL|STORED]}.
 */
public record GeneratedColumn(Expression expression, boolean stored) implements Node {
    public GeneratedColumn {
        Objects.requireNonNull(expression, "expression");
    }
}
