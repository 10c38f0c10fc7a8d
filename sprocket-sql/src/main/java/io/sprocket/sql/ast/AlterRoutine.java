package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/** {@code ALTER PROCEDURE|FUNCTION [db.]name [characteristic ...]}. */
public record AlterRoutine(RoutineKind kind, ObjectName name, List<RoutineCharacteristic> characteristics)
        implements RoutineStatement {
    public AlterRoutine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        characteristics = List.copyOf(characteristics);
    }
}
