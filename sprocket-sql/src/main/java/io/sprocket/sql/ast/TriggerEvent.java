package io.sprocket.sql.ast;

/** The row change a trigger runs for. */
public enum TriggerEvent {
    INSERT, UPDATE, DELETE
}
