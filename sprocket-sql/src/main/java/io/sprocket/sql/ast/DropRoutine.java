package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code DROP PROCEDURE|FUNCTION [IF EXISTS] [db.]name}. */
public record DropRoutine(RoutineKind kind, boolean ifExists, ObjectName name) implements RoutineStatement {
    public DropRoutine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
