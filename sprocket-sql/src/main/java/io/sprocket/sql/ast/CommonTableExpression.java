package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code name [(cols)] AS (query)}.
 */
public record CommonTableExpression(String name, List<String> columns, Query query) implements Node {
    public CommonTableExpression {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(query, "query");
    }
}
