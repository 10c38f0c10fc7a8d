package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A parenthesised query expression, possibly with its own ORDER BY/LIMIT.
 */
public record NestedQuery(Query query) implements QueryBody {
    public NestedQuery {
        Objects.requireNonNull(query, "query");
    }
}
