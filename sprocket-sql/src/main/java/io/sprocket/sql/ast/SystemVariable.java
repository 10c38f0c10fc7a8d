package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A system variable reference {@code @@name}, {@code @@session.name}, {@code @@global.name}; scope is DEFAULT for plain {@code @@name}.
 */
public record SystemVariable(VariableScope scope, String name) implements Expression {
    public SystemVariable {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
    }
}
