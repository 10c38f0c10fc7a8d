package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code CASE [operand] WHEN v THEN ... [ELSE ...] END CASE}: simple when {@code operand} is set, searched otherwise.
 *
 * @param operand   nullable
 * @param otherwise nullable: null without ELSE (no matching WHEN is then error 1339 at run time)
 */
public record CaseStatement(Expression operand, List<ConditionalBranch> whens, List<ProcedureStatement> otherwise)
        implements ProcedureStatement {
    public CaseStatement {
        whens = List.copyOf(whens);
        otherwise = otherwise == null ? null : List.copyOf(otherwise);
    }
}
