package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code CONVERT(x USING charset)}.
 */
public record ConvertUsing(Expression operand, String charset) implements Expression {
    public ConvertUsing {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(charset, "charset");
    }
}
