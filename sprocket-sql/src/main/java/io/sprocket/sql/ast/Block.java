package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code [label:] BEGIN [NOT ATOMIC] statements END [label]}.
 *
 * @param label nullable
 */
public record Block(String label, boolean notAtomic, List<ProcedureStatement> statements) implements ProcedureStatement {
    public Block {
        statements = List.copyOf(statements);
    }
}
