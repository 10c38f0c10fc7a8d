package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A complete query expression: optional WITH, a body, and the ORDER BY/LIMIT/locking that apply to the whole body.
 *
 * @param with nullable
 * @param limit nullable
 * @param locking nullable
 */
public record Query(WithClause with, QueryBody body, List<OrderItem> orderBy, Limit limit, LockingClause locking) implements Node {
    public Query {
        Objects.requireNonNull(body, "body");
        orderBy = List.copyOf(orderBy);
    }
}
