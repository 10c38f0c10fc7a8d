package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SHOW CREATE TABLE t}.
 */
public record ShowCreateTable(ObjectName table) implements ShowStatement {
    public ShowCreateTable {
        Objects.requireNonNull(table, "table");
    }
}
