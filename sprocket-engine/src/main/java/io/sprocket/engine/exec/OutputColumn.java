package io.sprocket.engine.exec;

import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.type.SqlType;
import java.util.Objects;

/**
 * A column of a query's result: its name as the client sees it, its type, and the table column it comes from
 * (for result metadata: schema, table alias, original table and column names), or null for expressions.
 */
public record OutputColumn(String name, SqlType type, boolean nullable, BoundExpression.ColumnSource source) {
    public OutputColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }
}
