package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code value [NOT] BETWEEN low AND high}.
 */
public record Between(Expression value, Expression low, Expression high, boolean negated) implements Expression {
    public Between {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }
}
