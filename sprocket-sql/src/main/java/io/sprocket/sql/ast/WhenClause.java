package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * One {@code WHEN condition THEN result} arm of a CASE.
 */
public record WhenClause(Expression condition, Expression result) implements Node {
    public WhenClause {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(result, "result");
    }
}
