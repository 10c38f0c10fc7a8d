package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code WHERE expr}.
 */
public record ShowWhere(Expression condition) implements ShowFilter {
    public ShowWhere {
        Objects.requireNonNull(condition, "condition");
    }
}
