package io.sprocket.engine.variable;

/**
 * The scope a statement named: {@code @@x} / {@code SET x} is {@link #NONE}, {@code @@session.x},
 * {@code @@local.x} and {@code SET SESSION|LOCAL x} are {@link #SESSION}, {@code @@global.x} and
 * {@code SET GLOBAL x} are {@link #GLOBAL}; {@code SET PERSIST} and {@code SET PERSIST_ONLY} are
 * {@link #PERSIST} and {@link #PERSIST_ONLY}. NONE reads the session value when the variable has one, else
 * the global value; for SET it behaves as SESSION. PERSIST and PERSIST_ONLY read like GLOBAL.
 */
public enum ScopeKeyword {
    NONE, SESSION, GLOBAL, PERSIST, PERSIST_ONLY;

    /** GLOBAL, PERSIST or PERSIST_ONLY: the statement is about the server-wide value. */
    public boolean isGlobal() {
        return this == GLOBAL || this == PERSIST || this == PERSIST_ONLY;
    }
}
