package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code DROP TRIGGER [IF EXISTS] [db.]name}. */
public record DropTrigger(boolean ifExists, ObjectName name) implements TriggerStatement {
    public DropTrigger {
        Objects.requireNonNull(name, "name");
    }
}
