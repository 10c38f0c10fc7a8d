package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code LEAVE label}. */
public record Leave(String label) implements ProcedureStatement {
    public Leave {
        Objects.requireNonNull(label, "label");
    }
}
