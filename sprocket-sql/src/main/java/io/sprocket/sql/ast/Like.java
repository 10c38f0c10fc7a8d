package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code value [NOT] LIKE pattern [ESCAPE escape]}.
 *
 * @param escape nullable
 */
public record Like(Expression value, Expression pattern, Expression escape, boolean negated) implements Expression {
    public Like {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(pattern, "pattern");
    }
}
