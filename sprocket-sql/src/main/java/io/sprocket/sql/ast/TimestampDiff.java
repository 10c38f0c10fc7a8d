package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code TIMESTAMPDIFF(unit, from, to)}.
 */
public record TimestampDiff(IntervalUnit unit, Expression from, Expression to) implements Expression {
    public TimestampDiff {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
