package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code EXISTS (subquery)}.
 */
public record Exists(Query subquery) implements Expression {
    public Exists {
        Objects.requireNonNull(subquery, "subquery");
    }
}
