package io.sprocket.sql.ast;

/** Object kinds of the generic SHOW CREATE. */
public enum ShowCreateKind {
    VIEW, PROCEDURE, FUNCTION, TRIGGER, EVENT, USER
}
