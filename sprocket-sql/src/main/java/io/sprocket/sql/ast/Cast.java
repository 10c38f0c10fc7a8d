package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code CAST(x AS type)} or {@code CONVERT(x, type)}.
 */
public record Cast(Expression operand, DataType type) implements Expression {
    public Cast {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(type, "type");
    }
}
