package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code [label:] WHILE cond DO statements END WHILE [label]}.
 *
 * @param label nullable
 */
public record While(String label, Expression condition, List<ProcedureStatement> statements) implements ProcedureStatement {
    public While {
        Objects.requireNonNull(condition, "condition");
        statements = List.copyOf(statements);
    }
}
