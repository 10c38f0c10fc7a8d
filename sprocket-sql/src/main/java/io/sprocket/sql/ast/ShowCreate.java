package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SHOW CREATE VIEW|PROCEDURE|FUNCTION|TRIGGER|EVENT name}.
 */
public record ShowCreate(ShowCreateKind kind, ObjectName name) implements ShowStatement {
    public ShowCreate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
