package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * One pair of RENAME TABLE.
 */
public record TableRename(ObjectName from, ObjectName to) implements Node {
    public TableRename {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
