package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A parenthesised subquery used as a value (or a row, when compared with a row constructor).
 */
public record ScalarSubquery(Query query) implements Expression {
    public ScalarSubquery {
        Objects.requireNonNull(query, "query");
    }
}
