package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code CHAR(n, ... [USING charset])}.
 *
 * @param charset nullable
 */
public record CharFunction(List<Expression> arguments, String charset) implements Expression {
    public CharFunction {
        arguments = List.copyOf(arguments);
    }
}
