package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SHOW [GLOBAL|SESSION] VARIABLES [LIKE|WHERE]}; scope DEFAULT, GLOBAL or SESSION.
 *
 * @param filter nullable
 */
public record ShowVariables(VariableScope scope, ShowFilter filter) implements ShowStatement {
    public ShowVariables {
        Objects.requireNonNull(scope, "scope");
    }
}
