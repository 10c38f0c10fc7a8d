package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code WITH [RECURSIVE] cte, ...}.
 */
public record WithClause(boolean recursive, List<CommonTableExpression> expressions) implements Node {
    public WithClause {
        expressions = List.copyOf(expressions);
    }
}
