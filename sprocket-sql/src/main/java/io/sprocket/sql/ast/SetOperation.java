package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code left UNION|INTERSECT|EXCEPT [ALL|DISTINCT] right}.
 */
public record SetOperation(SetOperator operator, boolean all, QueryBody left, QueryBody right) implements QueryBody {
    public SetOperation {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
