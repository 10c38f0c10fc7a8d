package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE t action, ...}.
 */
public record AlterTable(ObjectName table, List<AlterAction> actions) implements DdlStatement {
    public AlterTable {
        Objects.requireNonNull(table, "table");
        actions = List.copyOf(actions);
    }
}
