package io.sprocket.sql.ast;

/**
 * {@code NAMES cs [COLLATE c]}; charset null for {@code NAMES DEFAULT}.
 *
 * @param charset nullable
 * @param collation nullable
 */
public record SetNames(String charset, String collation) implements VariableAssignment {
}
