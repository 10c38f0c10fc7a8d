package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code [label:] REPEAT statements UNTIL cond END REPEAT [label]}.
 *
 * @param label nullable
 */
public record Repeat(String label, List<ProcedureStatement> statements, Expression until) implements ProcedureStatement {
    public Repeat {
        statements = List.copyOf(statements);
        Objects.requireNonNull(until, "until");
    }
}
