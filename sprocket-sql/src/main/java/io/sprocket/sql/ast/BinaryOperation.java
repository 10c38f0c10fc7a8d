package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * An infix operator (arithmetic, bitwise, comparison, logical, JSON {@code ->}/{@code ->>}, {@code ||} as CONCAT under PIPES_AS_CONCAT).
 */
public record BinaryOperation(BinaryOperator operator, Expression left, Expression right) implements Expression {
    public BinaryOperation {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
