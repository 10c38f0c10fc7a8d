package io.sprocket.engine.expr;

import io.sprocket.engine.function.FunctionRegistry;
import io.sprocket.engine.type.Collation;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Query;

/**
 * What the expression compiler needs from its surroundings: the function registry, the session's connection
 * collation, and the query compiler for subqueries and aggregate slots (supplied by the planner).
 */
public interface CompileContext {
    FunctionRegistry functions();

    /** collation_connection: the collation of string literals. */
    Collation literalCollation();

    /** div_precision_increment at compile time (affects the result scale of '/'). */
    int divPrecisionIncrement();

    /** The current default database, or null (for stored function names). */
    String currentDatabase();

    /** Compiles a subquery whose outer scope is {@code parent}. */
    SubqueryPlan compileSubquery(Query query, Scope parent);

    /**
     * Binds an aggregate or window call found in an expression to the slot that holds its value, or returns
     * null when aggregates are not allowed in this clause (the compiler then raises 1111).
     */
    BoundExpression bindAggregate(Expression call, Scope scope);

    /** Text of an expression for messages (e.g. 1690's '(`a` + `b`)'). */
    String text(Expression e);

    /**
     * The current value of a system variable at compile time, for the static type of {@code @@name}; throws the
     * variable's errors (1193 unknown, 1238 wrong scope) as MySQL does when it prepares the statement.
     */
    default Object peekSystemVariable(io.sprocket.sql.ast.VariableScope scope, String name) {
        return null;
    }

    /** A user variable's current value, for the static type of {@code @name}; the plan then depends on it. */
    default Object peekUserVariable(String name) {
        return null;
    }

    /** The routine variables in scope (inside a stored program), or null. */
    default LocalVariables locals() {
        return null;
    }

    /**
     * A call of the stored function {@code schema.name} (schema null: the current database) with compiled
     * arguments, or null when no such function exists (the compiler then raises 1305).
     */
    default BoundExpression storedFunction(String schema, String name, BoundExpression[] arguments, String callText) {
        return null;
    }

    /** A warning MySQL raises once while preparing the statement (e.g. 1287 for {@code @v := expr}). */
    default void compileWarning(io.sprocket.engine.error.ErrorCode code, Object... args) {
    }
}
