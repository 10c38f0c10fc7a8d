package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code CALL name[(args)]}.
 */
public record Call(ObjectName procedure, List<Expression> arguments) implements DmlStatement {
    public Call {
        Objects.requireNonNull(procedure, "procedure");
        arguments = List.copyOf(arguments);
    }
}
