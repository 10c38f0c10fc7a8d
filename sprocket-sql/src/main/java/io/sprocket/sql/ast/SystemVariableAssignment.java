package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code [GLOBAL|SESSION|LOCAL|PERSIST|PERSIST_ONLY] name = expr} or {@code @@[scope.]name = expr}. Scope UNQUALIFIED marks a bare name (a routine variable if one is in scope, else a session variable). {@code value} is a {@link DefaultValue} for DEFAULT; a bare identifier value such as ON or utf8 is a ColumnRef.
 */
public record SystemVariableAssignment(VariableScope scope, String name, Expression value) implements VariableAssignment {
    public SystemVariableAssignment {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
