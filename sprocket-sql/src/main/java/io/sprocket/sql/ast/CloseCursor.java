package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code CLOSE cursor}. */
public record CloseCursor(String cursor) implements ProcedureStatement {
    public CloseCursor {
        Objects.requireNonNull(cursor, "cursor");
    }
}
