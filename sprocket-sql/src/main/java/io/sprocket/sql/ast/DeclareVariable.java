package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code DECLARE var[, var] type [DEFAULT expr]}.
 *
 * @param defaultValue nullable
 */
public record DeclareVariable(List<String> names, DataType type, Expression defaultValue) implements ProcedureStatement {
    public DeclareVariable {
        names = List.copyOf(names);
        Objects.requireNonNull(type, "type");
    }
}
