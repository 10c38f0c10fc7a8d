package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ALTER [COLUMN] c SET DEFAULT x} or {@code DROP DEFAULT} ({@code defaultValue} null).
 *
 * @param defaultValue nullable
 */
public record AlterColumnDefault(String column, Expression defaultValue, boolean defaultIsExpression) implements AlterAction {
    public AlterColumnDefault {
        Objects.requireNonNull(column, "column");
    }
}
