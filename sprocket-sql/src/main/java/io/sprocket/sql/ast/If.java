package io.sprocket.sql.ast;

import java.util.List;

/** {@code IF cond THEN ... [ELSEIF cond THEN ...]... [ELSE ...] END IF}; {@code otherwise} is empty without ELSE. */
public record If(List<ConditionalBranch> branches, List<ProcedureStatement> otherwise) implements ProcedureStatement {
    public If {
        branches = List.copyOf(branches);
        otherwise = List.copyOf(otherwise);
    }
}
