package io.sprocket.engine.type;

/**
 * What division by zero (/, DIV, %, MOD) does, from sql_mode and the statement: without
 * ERROR_FOR_DIVISION_BY_ZERO it is silently NULL; with it, a 1365 warning, or the 1365 error in a strict-mode
 * INSERT/UPDATE.
 */
public enum DivisionByZero {
    NULL_SILENTLY, WARNING, ERROR;

    public static DivisionByZero of(boolean errorForDivisionByZero, boolean strictWrite) {
        if (!errorForDivisionByZero) return NULL_SILENTLY;
        return strictWrite ? ERROR : WARNING;
    }
}
