package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code LOCK TABLES|TABLE t [[AS] a] READ [LOCAL] | [LOW_PRIORITY] WRITE, ...}.
 */
public record LockTables(List<TableLock> locks) implements UtilityStatement {
    public LockTables {
        locks = List.copyOf(locks);
    }
}
