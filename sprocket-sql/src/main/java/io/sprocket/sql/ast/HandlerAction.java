package io.sprocket.sql.ast;

/** What a handler does after its statement runs. */
public enum HandlerAction {
    CONTINUE, EXIT, UNDO
}
