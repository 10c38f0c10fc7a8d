package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code LIMIT count [OFFSET offset]} / {@code LIMIT offset, count}; values are integer literals, {@code ?} or (in routines) variables.
 *
 * @param offset nullable
 */
public record Limit(Expression count, Expression offset) implements Node {
    public Limit {
        Objects.requireNonNull(count, "count");
    }
}
