package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code FOR UPDATE|FOR SHARE [OF t..] [NOWAIT|SKIP LOCKED]} or {@code LOCK IN SHARE MODE}.
 */
public record LockingClause(LockStrength strength, List<ObjectName> tables, LockWait waitPolicy) implements Node {
    public LockingClause {
        Objects.requireNonNull(strength, "strength");
        tables = List.copyOf(tables);
        Objects.requireNonNull(waitPolicy, "waitPolicy");
    }
}
