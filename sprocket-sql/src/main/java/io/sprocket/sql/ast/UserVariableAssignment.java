package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code @name = expr} or {@code @name := expr}.
 */
public record UserVariableAssignment(String name, Expression value) implements VariableAssignment {
    public UserVariableAssignment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
