package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code ITERATE label}. */
public record Iterate(String label) implements ProcedureStatement {
    public Iterate {
        Objects.requireNonNull(label, "label");
    }
}
