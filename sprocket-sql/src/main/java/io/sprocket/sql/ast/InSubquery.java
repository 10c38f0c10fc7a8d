package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code value [NOT] IN (subquery)}.
 */
public record InSubquery(Expression value, Query subquery, boolean negated) implements Expression {
    public InSubquery {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(subquery, "subquery");
    }
}
