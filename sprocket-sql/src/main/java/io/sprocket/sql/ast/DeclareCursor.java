package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code DECLARE name CURSOR FOR select_statement}. */
public record DeclareCursor(String name, Select query) implements ProcedureStatement {
    public DeclareCursor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
    }
}
