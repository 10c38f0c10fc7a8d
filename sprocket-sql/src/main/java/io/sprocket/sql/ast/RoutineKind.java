package io.sprocket.sql.ast;

/** Stored routine kinds. */
public enum RoutineKind {
    PROCEDURE, FUNCTION
}
