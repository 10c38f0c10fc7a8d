package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code RELEASE SAVEPOINT name}.
 */
public record ReleaseSavepoint(String name) implements SessionStatement {
    public ReleaseSavepoint {
        Objects.requireNonNull(name, "name");
    }
}
