package io.sprocket.sql.ast;

import java.util.List;

/**
 * One {@code SELECT ...} block. {@code from} is empty without FROM or with FROM DUAL; comma-separated references are list elements.
 *
 * @param where nullable
 * @param having nullable
 */
public record QuerySpecification(boolean distinct, boolean calcFoundRows, boolean straightJoin, List<SelectItem> items, List<TableReference> from, Expression where, List<Expression> groupBy, boolean withRollup, Expression having, List<NamedWindow> windows) implements QueryBody {
    public QuerySpecification {
        items = List.copyOf(items);
        from = List.copyOf(from);
        groupBy = List.copyOf(groupBy);
        windows = List.copyOf(windows);
    }
}
