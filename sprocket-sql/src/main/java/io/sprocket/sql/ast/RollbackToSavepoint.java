package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ROLLBACK [WORK] TO [SAVEPOINT] name}.
 */
public record RollbackToSavepoint(String name) implements SessionStatement {
    public RollbackToSavepoint {
        Objects.requireNonNull(name, "name");
    }
}
