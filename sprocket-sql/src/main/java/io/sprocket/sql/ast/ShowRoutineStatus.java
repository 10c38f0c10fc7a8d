package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SHOW PROCEDURE|FUNCTION STATUS [LIKE|WHERE]}.
 *
 * @param filter nullable
 */
public record ShowRoutineStatus(RoutineKind kind, ShowFilter filter) implements ShowStatement {
    public ShowRoutineStatus {
        Objects.requireNonNull(kind, "kind");
    }
}
