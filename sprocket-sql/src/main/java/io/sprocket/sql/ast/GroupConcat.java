package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code GROUP_CONCAT([DISTINCT] args [ORDER BY ..] [SEPARATOR 's'])}; separator null means the default ",".
 *
 * @param separator nullable
 */
public record GroupConcat(boolean distinct, List<Expression> arguments, List<OrderItem> orderBy, StringLiteral separator) implements Expression {
    public GroupConcat {
        arguments = List.copyOf(arguments);
        orderBy = List.copyOf(orderBy);
    }
}
