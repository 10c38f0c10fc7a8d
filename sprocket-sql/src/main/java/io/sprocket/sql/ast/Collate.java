package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code operand COLLATE collation}.
 */
public record Collate(Expression operand, String collation) implements Expression {
    public Collate {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(collation, "collation");
    }
}
