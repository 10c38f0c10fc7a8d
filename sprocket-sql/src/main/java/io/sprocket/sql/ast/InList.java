package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code value [NOT] IN (v1, v2, ...)}.
 */
public record InList(Expression value, List<Expression> values, boolean negated) implements Expression {
    public InList {
        Objects.requireNonNull(value, "value");
        values = List.copyOf(values);
    }
}
