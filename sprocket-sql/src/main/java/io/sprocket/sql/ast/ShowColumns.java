package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SHOW [FULL] COLUMNS|FIELDS FROM t [FROM db] [LIKE|WHERE]}; also {@code DESCRIBE|DESC|EXPLAIN t [col]} (col becomes a LIKE pattern).
 *
 * @param filter nullable
 */
public record ShowColumns(boolean full, ObjectName table, ShowFilter filter) implements ShowStatement {
    public ShowColumns {
        Objects.requireNonNull(table, "table");
    }
}
