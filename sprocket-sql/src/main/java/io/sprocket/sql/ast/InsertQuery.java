package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code INSERT ... SELECT|TABLE|VALUES ROW}.
 */
public record InsertQuery(Query query) implements InsertSource {
    public InsertQuery {
        Objects.requireNonNull(query, "query");
    }
}
