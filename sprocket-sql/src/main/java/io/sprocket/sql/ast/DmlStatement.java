package io.sprocket.sql.ast;

/** Statements that read or change rows: SELECT, INSERT/REPLACE, UPDATE, DELETE, CALL, DO. */
public sealed interface DmlStatement extends Statement permits Select, Insert, Update, Delete, Call, Do {
}
