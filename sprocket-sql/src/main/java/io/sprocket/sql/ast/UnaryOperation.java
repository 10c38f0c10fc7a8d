package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A prefix operator: {@code -x}, {@code ~x}, {@code NOT x} / {@code !x}, {@code BINARY x}.
 */
public record UnaryOperation(UnaryOperator operator, Expression operand) implements Expression {
    public UnaryOperation {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(operand, "operand");
    }
}
