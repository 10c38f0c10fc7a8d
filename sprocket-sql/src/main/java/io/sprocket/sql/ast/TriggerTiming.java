package io.sprocket.sql.ast;

/** When a trigger runs relative to the row change: {@code BEFORE} or {@code AFTER}. */
public enum TriggerTiming {
    BEFORE, AFTER
}
