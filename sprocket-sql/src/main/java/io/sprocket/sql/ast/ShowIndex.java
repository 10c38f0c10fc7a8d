package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SHOW INDEX|INDEXES|KEYS FROM t [FROM db] [WHERE]}.
 *
 * @param where nullable
 */
public record ShowIndex(ObjectName table, Expression where) implements ShowStatement {
    public ShowIndex {
        Objects.requireNonNull(table, "table");
    }
}
