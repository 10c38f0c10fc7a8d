package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code TRUNCATE [TABLE] t}.
 */
public record TruncateTable(ObjectName table) implements DdlStatement {
    public TruncateTable {
        Objects.requireNonNull(table, "table");
    }
}
