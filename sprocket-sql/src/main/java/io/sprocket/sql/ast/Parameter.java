package io.sprocket.sql.ast;

/**
 * A {@code ?} placeholder; {@code index} is its 0-based ordinal within the statement.
 */
public record Parameter(int index) implements Expression {
}
