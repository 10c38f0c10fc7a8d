package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code value MEMBER OF (json_array)}.
 */
public record MemberOf(Expression value, Expression array) implements Expression {
    public MemberOf {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(array, "array");
    }
}
