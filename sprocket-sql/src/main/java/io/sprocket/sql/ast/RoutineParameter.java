package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * One parameter of a stored routine: {@code [IN|OUT|INOUT] name type}.
 *
 * @param mode nullable: null for function parameters (which are always IN); IN when a procedure parameter names none
 */
public record RoutineParameter(ParameterMode mode, String name, DataType type) implements Node {
    public RoutineParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
