package io.sprocket.sql.ast;

import java.util.List;

/**
 * DELETE. Single-table form: {@code targets} empty and {@code tables} holds one TableName (with alias if given). Multi-table forms ({@code DELETE t1, t2 FROM refs} and {@code DELETE FROM t1, t2 USING refs}): {@code targets} are the tables (or aliases) to delete from, {@code tables} the references.
 *
 * @param with nullable
 * @param where nullable
 * @param limit nullable
 */
public record Delete(WithClause with, boolean lowPriority, boolean quick, boolean ignore, List<ObjectName> targets, List<TableReference> tables, Expression where, List<OrderItem> orderBy, Limit limit) implements DmlStatement {
    public Delete {
        targets = List.copyOf(targets);
        tables = List.copyOf(tables);
        orderBy = List.copyOf(orderBy);
    }
}
