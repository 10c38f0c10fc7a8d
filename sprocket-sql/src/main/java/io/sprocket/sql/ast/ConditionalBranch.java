package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/** {@code cond THEN statements} of IF / ELSEIF, or {@code WHEN value THEN statements} of a CASE statement. */
public record ConditionalBranch(Expression condition, List<ProcedureStatement> statements) implements Node {
    public ConditionalBranch {
        Objects.requireNonNull(condition, "condition");
        statements = List.copyOf(statements);
    }
}
