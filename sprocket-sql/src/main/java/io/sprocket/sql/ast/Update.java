package io.sprocket.sql.ast;

import java.util.List;

/**
 * Single- or multi-table UPDATE.
 *
 * @param with nullable
 * @param where nullable
 * @param limit nullable
 */
public record Update(WithClause with, boolean lowPriority, boolean ignore, List<TableReference> tables, List<Assignment> assignments, Expression where, List<OrderItem> orderBy, Limit limit) implements DmlStatement {
    public Update {
        tables = List.copyOf(tables);
        assignments = List.copyOf(assignments);
        orderBy = List.copyOf(orderBy);
    }
}
