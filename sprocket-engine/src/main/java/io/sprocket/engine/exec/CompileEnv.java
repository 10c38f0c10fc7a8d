package io.sprocket.engine.exec;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.function.FunctionRegistry;
import io.sprocket.engine.type.Collation;
import io.sprocket.sql.ast.Expression;

/** What compiling a statement needs from the session: catalog snapshot, defaults, and virtual tables. */
public interface CompileEnv {
    Catalog catalog();

    /** The default database, or null. */
    String currentDatabase();

    FunctionRegistry functions();

    Collation literalCollation();

    int divPrecisionIncrement();

    boolean onlyFullGroupBy();

    /** An expression's text as MySQL prints it in messages. */
    String text(Expression e);

    /** information_schema and other virtual tables: the rows of {@code schema.table}, or null if not virtual. */
    VirtualTable virtualTable(String schema, String table);

    /** A system variable's current value (for the static type of @@name); throws its errors. */
    Object peekSystemVariable(io.sprocket.sql.ast.VariableScope scope, String name);

    /** A user variable's current value (for the static type of @name); marks the plan as not reusable. */
    Object peekUserVariable(String name);

    void compileWarning(io.sprocket.engine.error.ErrorCode code, Object... args);

    /**
     * A query reads {@code schema.table}: the access check (1142 when SELECT is missing), before its existence.
     * Returns null when every column may be read, else a check each column read must pass (1143).
     */
    default java.util.function.Consumer<String> requireSelect(String schema, String table) {
        return null;
    }

    /** 1142 for SELECT on {@code table} (SELECT * over a table only some of whose columns may be read). */
    default io.sprocket.engine.error.SqlException selectDenied(String table) {
        return new io.sprocket.engine.error.SqlException(io.sprocket.engine.error.ErrorCode.ER_TABLEACCESS_DENIED_ERROR,
                "SELECT", "", "", table);
    }

    /** The routine variables in scope (inside a stored program), or null. */
    default io.sprocket.engine.expr.LocalVariables locals() {
        return null;
    }

    /** A stored function call, or null when the function does not exist (see CompileContext#storedFunction). */
    default io.sprocket.engine.expr.BoundExpression storedFunction(String schema, String name,
                                                                   io.sprocket.engine.expr.BoundExpression[] arguments,
                                                                   String callText) {
        return null;
    }

    /** The view {@code schema.table}, or null when it is not a view. */
    default ViewReference view(String schema, String table) {
        return null;
    }
}
