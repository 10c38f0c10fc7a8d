package io.sprocket.sql.ast;

/**
 * {@code DEFAULT} as a value (INSERT/UPDATE/SET), or {@code DEFAULT(col)} when {@code column} is non-null.
 *
 * @param column nullable
 */
public record DefaultValue(ColumnRef column) implements Expression {
}
