package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SAVEPOINT name}.
 */
public record Savepoint(String name) implements SessionStatement {
    public Savepoint {
        Objects.requireNonNull(name, "name");
    }
}
