package io.sprocket.sql.ast;

/** Table maintenance statements. */
public enum MaintenanceOperation {
    ANALYZE, OPTIMIZE, CHECK, REPAIR, CHECKSUM
}
