package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code EXTRACT(unit FROM source)}.
 */
public record Extract(IntervalUnit unit, Expression source) implements Expression {
    public Extract {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
    }
}
