package io.sprocket.engine.expr;

import io.sprocket.engine.function.FunctionContext;
import io.sprocket.sql.ast.VariableScope;

/** What compiled expressions may read or change of the session beyond the function context. */
public interface SessionAccess {
    FunctionContext functionContext();

    /** @return the user variable's value, or null when unset. */
    Object userVariable(String name);

    void setUserVariable(String name, Object value);

    /** SELECT @@[scope.]name: the value in the engine's value representation. */
    Object systemVariable(VariableScope scope, String name);

    /** True when the session's sql_mode makes writes strict (STRICT_TRANS_TABLES or STRICT_ALL_TABLES). */
    boolean strictMode();

    /** The frame of the stored program running in this session (its variables), or null. */
    default Object[] routineFrame() {
        return null;
    }
}
