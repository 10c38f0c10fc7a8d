package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code DATE 'x'}, {@code TIME 'x'} or {@code TIMESTAMP 'x'} (kind TIMESTAMP); {@code value} is the unvalidated string.
 */
public record TemporalLiteral(TemporalKind kind, String value) implements Expression {
    public TemporalLiteral {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
