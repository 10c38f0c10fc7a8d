package io.sprocket.engine.variable;

import java.util.Objects;

/**
 * One row of SHOW VARIABLES / SHOW STATUS (Variable_name, Value), also the VARIABLE_NAME / VARIABLE_VALUE of
 * performance_schema.global_variables, session_variables, global_status and session_status.
 */
public record VariableRow(String name, String value) {
    public VariableRow {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
    }
}
