package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code RENAME [TO|AS] t2}.
 */
public record RenameTo(ObjectName name) implements AlterAction {
    public RenameTo {
        Objects.requireNonNull(name, "name");
    }
}
