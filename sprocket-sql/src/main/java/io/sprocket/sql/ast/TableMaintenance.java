package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code ANALYZE|OPTIMIZE|CHECK|REPAIR|CHECKSUM TABLE t, ... [options]}; options upper case.
 */
public record TableMaintenance(MaintenanceOperation operation, List<ObjectName> tables, List<String> options) implements UtilityStatement {
    public TableMaintenance {
        Objects.requireNonNull(operation, "operation");
        tables = List.copyOf(tables);
        options = List.copyOf(options);
    }
}
