package io.sprocket.engine.variable;

/**
 * The scope a statement named: {@code @@x} / {@code SET x} is {@link #NONE}, {@code @@session.x},
 * {@code @@local.x} and {@code SET SESSION|LOCAL x} are {@link #SESSION}, {@code @@global.x} and
 * {@code SET GLOBAL x} are {@link #GLOBAL}. NONE reads the session value when the variable has one,
 * else the global value; for SET it behaves as SESSION.
 */
public enum ScopeKeyword {
    NONE, SESSION, GLOBAL
}
