package io.sprocket.sql.ast;

/**
 * {@code FIRST} or {@code AFTER col}.
 *
 * @param after nullable
 */
public record ColumnPosition(boolean first, String after) implements Node {
}
