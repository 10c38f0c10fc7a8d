package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code DEALLOCATE|DROP PREPARE name}.
 */
public record DeallocatePrepare(String name) implements SessionStatement {
    public DeallocatePrepare {
        Objects.requireNonNull(name, "name");
    }
}
