package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code DO expr, ...}.
 */
public record Do(List<Expression> expressions) implements DmlStatement {
    public Do {
        expressions = List.copyOf(expressions);
    }
}
