package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code x IS [NOT] NULL|TRUE|FALSE|UNKNOWN}.
 */
public record IsTest(Expression operand, IsCondition condition, boolean negated) implements Expression {
    public IsTest {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(condition, "condition");
    }
}
