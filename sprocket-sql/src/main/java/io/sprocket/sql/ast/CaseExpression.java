package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code CASE [operand] WHEN .. THEN .. [ELSE ..] END}; operand null for the searched form.
 *
 * @param operand nullable
 * @param elseResult nullable
 */
public record CaseExpression(Expression operand, List<WhenClause> whenClauses, Expression elseResult) implements Expression {
    public CaseExpression {
        whenClauses = List.copyOf(whenClauses);
    }
}
