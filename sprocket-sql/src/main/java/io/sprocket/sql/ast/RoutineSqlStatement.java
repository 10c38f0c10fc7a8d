package io.sprocket.sql.ast;

import java.util.Objects;

/** An ordinary SQL statement (DML, DDL, SET, CALL, PREPARE, ...) inside a stored program, with its exact source text. */
public record RoutineSqlStatement(Statement statement, String sourceText) implements ProcedureStatement {
    public RoutineSqlStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(sourceText, "sourceText");
    }
}
