package io.sprocket.sql.ast;

/** Trigger definitions: CREATE TRIGGER and DROP TRIGGER. */
public sealed interface TriggerStatement extends Statement permits CreateTrigger, DropTrigger {
}
