package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code PREPARE name FROM 'text' | @var}; source is a StringLiteral or UserVariable.
 */
public record Prepare(String name, Expression source) implements SessionStatement {
    public Prepare {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
