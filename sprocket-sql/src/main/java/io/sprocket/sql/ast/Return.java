package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code RETURN expr} (stored functions only; the compiler rejects it elsewhere). */
public record Return(Expression value) implements ProcedureStatement {
    public Return {
        Objects.requireNonNull(value, "value");
    }
}
