package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * SIGNAL, RESIGNAL or GET DIAGNOSTICS used as a statement of its own, outside any stored program (MySQL allows
 * it); {@code sourceText} is the statement as written.
 */
public record ConditionStatement(ProcedureStatement statement, String sourceText) implements UtilityStatement {
    public ConditionStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(sourceText, "sourceText");
    }
}
