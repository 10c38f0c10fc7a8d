package io.sprocket.sql.ast;

/**
 * {@code CHARACTER SET cs} / {@code CHARSET cs}; null for DEFAULT.
 *
 * @param charset nullable
 */
public record SetCharacterSet(String charset) implements VariableAssignment {
}
