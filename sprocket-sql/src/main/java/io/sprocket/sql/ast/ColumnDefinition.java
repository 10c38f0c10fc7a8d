package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A column definition. {@code defaultIsExpression} is true for {@code DEFAULT (expr)}; {@code DEFAULT CURRENT_TIMESTAMP[(n)]} is a FunctionCall named CURRENT_TIMESTAMP (argument = fsp). CHARACTER SET/COLLATE attributes are folded into {@link DataType}.
 *
 * @param defaultValue nullable
 * @param onUpdate nullable
 * @param comment nullable
 * @param generated nullable
 * @param references nullable
 */
public record ColumnDefinition(String name, DataType type, Nullability nullability, Expression defaultValue, boolean defaultIsExpression, Expression onUpdate, boolean autoIncrement, ColumnKey key, String comment, GeneratedColumn generated, boolean invisible, List<CheckConstraint> checks, References references) implements TableElement {
    public ColumnDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nullability, "nullability");
        Objects.requireNonNull(key, "key");
        checks = List.copyOf(checks);
    }
}
