package io.sprocket.sql.ast;

/** Stored routine definitions: CREATE, ALTER and DROP PROCEDURE / FUNCTION. */
public sealed interface RoutineStatement extends Statement permits CreateRoutine, AlterRoutine, DropRoutine {
}
