package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code TRIM([LEADING|TRAILING|BOTH] [remove] FROM source)} or {@code TRIM(source)}.
 *
 * @param remove nullable
 */
public record Trim(TrimMode mode, Expression remove, Expression source) implements Expression {
    public Trim {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
    }
}
