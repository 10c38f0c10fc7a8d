package io.sprocket.engine.variable;

import io.sprocket.engine.result.ColumnFlags;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import java.util.List;
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

    /** The row as a result-set row (two String wire values). */
    public Object[] toRow() {
        return new Object[] {name, value};
    }

    /**
     * Result columns of SHOW [GLOBAL|SESSION] VARIABLES / STATUS. MySQL 8.0 answers these from
     * performance_schema ({@code table} is session_variables, global_variables, session_status or
     * global_status): VARIABLE_NAME VARCHAR(64) NOT NULL and VARIABLE_VALUE VARCHAR(1024), utf8mb4.
     */
    public static List<ColumnMeta> showColumns(String table) {
        return List.of(
                new ColumnMeta("performance_schema", table, table, "Variable_name", "VARIABLE_NAME",
                        ColumnType.UTF8MB4_0900_AI_CI, 64 * 4, ColumnType.VAR_STRING, ColumnFlags.NOT_NULL, 0),
                new ColumnMeta("performance_schema", table, table, "Value", "VARIABLE_VALUE",
                        ColumnType.UTF8MB4_0900_AI_CI, 1024 * 4, ColumnType.VAR_STRING, 0, 0));
    }
}
