package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code value [NOT] REGEXP|RLIKE pattern}.
 */
public record Regexp(Expression value, Expression pattern, boolean negated) implements Expression {
    public Regexp {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(pattern, "pattern");
    }
}
