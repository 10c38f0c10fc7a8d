package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SHOW [GLOBAL|SESSION] STATUS [LIKE|WHERE]}.
 *
 * @param filter nullable
 */
public record ShowStatus(VariableScope scope, ShowFilter filter) implements ShowStatement {
    public ShowStatus {
        Objects.requireNonNull(scope, "scope");
    }
}
