package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code @name := value} used inside an expression.
 */
public record AssignUserVariable(String name, Expression value) implements Expression {
    public AssignUserVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
