package io.sprocket.engine.session;

import io.sprocket.engine.catalog.RoutineDef;

/** The session's side of the routine runtime: validating new definitions, CALL, and stored function calls. */
final class Routines {
    private Routines() {
    }

    /**
     * Compiles a new definition's body to find the errors MySQL reports at CREATE time (undeclared variables,
     * labels and cursors, DECLARE order, RETURN outside a function, result sets in a function, ...). Throws
     * the error; returns normally when the body is valid.
     */
    static void validate(SessionImpl session, RoutineDef definition) {
        // filled in by the routine compiler
    }
}
