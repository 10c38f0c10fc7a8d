package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code TABLE t}.
 */
public record ExplicitTable(ObjectName table) implements QueryBody {
    public ExplicitTable {
        Objects.requireNonNull(table, "table");
    }
}
