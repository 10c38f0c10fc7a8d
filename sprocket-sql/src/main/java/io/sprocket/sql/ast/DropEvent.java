package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code DROP EVENT [IF EXISTS] [db.]name}. */
public record DropEvent(boolean ifExists, ObjectName name) implements EventStatement {
    public DropEvent {
        Objects.requireNonNull(name, "name");
    }
}
