package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * One ORDER BY item.
 */
public record OrderItem(Expression expression, SortOrder order) implements Node {
    public OrderItem {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(order, "order");
    }
}
