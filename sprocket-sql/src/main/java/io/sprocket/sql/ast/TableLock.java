package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * One table of LOCK TABLES.
 *
 * @param alias nullable
 */
public record TableLock(ObjectName table, String alias, TableLockType type) implements Node {
    public TableLock {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(type, "type");
    }
}
