package io.sprocket.sql.ast;

/**
 * {@code TRUE} or {@code FALSE} (MySQL treats them as the integers 1 and 0).
 */
public record BooleanLiteral(boolean value) implements Expression {
}
