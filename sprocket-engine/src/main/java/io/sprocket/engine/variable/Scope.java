package io.sprocket.engine.variable;

/** Where a system variable exists: only server-wide, only per session, or both (session copied from global). */
public enum Scope {
    GLOBAL, SESSION, BOTH;

    public boolean hasGlobal() {
        return this != SESSION;
    }

    public boolean hasSession() {
        return this != GLOBAL;
    }
}
