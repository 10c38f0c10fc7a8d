package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code [CONSTRAINT [name]] CHECK (expr) [[NOT] ENFORCED]}.
 *
 * @param name nullable
 */
public record CheckConstraint(String name, Expression condition, boolean enforced) implements TableElement {
    public CheckConstraint {
        Objects.requireNonNull(condition, "condition");
    }
}
