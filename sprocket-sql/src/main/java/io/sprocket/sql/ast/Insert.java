package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code INSERT|REPLACE [prio] [IGNORE] [INTO] t [(cols)] VALUES ..|SET ..|SELECT .. [AS alias [(cols)]] [ON DUPLICATE KEY UPDATE ..]}.
 *
 * @param rowAlias nullable
 */
public record Insert(boolean replace, InsertPriority priority, boolean ignore, ObjectName table, List<String> partitions, List<String> columns, InsertSource source, String rowAlias, List<String> rowColumnAliases, List<Assignment> onDuplicateKeyUpdate) implements DmlStatement {
    public Insert {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(table, "table");
        partitions = List.copyOf(partitions);
        columns = List.copyOf(columns);
        Objects.requireNonNull(source, "source");
        rowColumnAliases = List.copyOf(rowColumnAliases);
        onDuplicateKeyUpdate = List.copyOf(onDuplicateKeyUpdate);
    }
}
