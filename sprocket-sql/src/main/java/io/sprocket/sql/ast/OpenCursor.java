package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code OPEN cursor}. */
public record OpenCursor(String cursor) implements ProcedureStatement {
    public OpenCursor {
        Objects.requireNonNull(cursor, "cursor");
    }
}
