package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code [label:] LOOP statements END LOOP [label]}.
 *
 * @param label nullable
 */
public record Loop(String label, List<ProcedureStatement> statements) implements ProcedureStatement {
    public Loop {
        statements = List.copyOf(statements);
    }
}
