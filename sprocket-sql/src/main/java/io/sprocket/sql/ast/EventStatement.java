package io.sprocket.sql.ast;

/** Event scheduler definitions: CREATE, ALTER and DROP EVENT. */
public sealed interface EventStatement extends Statement permits CreateEvent, AlterEvent, DropEvent {
}
