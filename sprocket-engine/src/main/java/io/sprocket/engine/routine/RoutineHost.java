package io.sprocket.engine.routine;

import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.LocalVariables;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.DataType;
import io.sprocket.sql.ast.Expression;

/**
 * What the routine compiler and interpreter need from the session: compiling expressions with routine
 * variables in scope, and running the ordinary SQL statements of a body (results, transactions and plans are
 * the session's business). Implemented in the session package.
 */
public interface RoutineHost {
    /** Compiles an expression of the body (SET, IF, RETURN, DEFAULT, ...) that may read routine variables. */
    BoundExpression compile(Expression e, LocalVariables locals);

    /** The type of a DECLAREd variable (string types without CHARACTER SET take the routine database's). */
    SqlType resolveType(String name, DataType type);

    /** Runs one SQL statement of the body in the invocation's frame; errors propagate as SqlException. */
    void execute(Step.Sql step, Invocation invocation);

    /** Opens a cursor: runs its query with the variables' current values. */
    Cursor open(Step.OpenCursor step, Invocation invocation);

    /** The session's execution context for evaluating body expressions against {@code frame}. */
    ExecContext context(Object[] frame);

    /** A condition a handler is about to handle: the diagnostics area then holds just it (as MySQL's does). */
    void conditionRaised(io.sprocket.engine.error.SqlException e);

    /** A copy of the conditions in the diagnostics area now. */
    java.util.List<io.sprocket.engine.error.Condition> diagnostics();

    /** Removes a condition (handled, or replaced by RESIGNAL) from the diagnostics area. */
    void removeCondition(int errno, String message);

    /** Adds a condition (a signalled warning) to the diagnostics area. */
    void addCondition(io.sprocket.engine.error.Condition condition);

    /** Raises 1193 when {@code name} is no system variable (SET of an undeclared name, checked at CREATE). */
    void checkSystemVariable(String name);

    /** A statement of the body other than an SQL statement (SET of a variable) begins: it clears the diagnostics area. */
    void clearDiagnostics();

    /**
     * A statement ended: reads by later expressions of the body (subqueries in IF, SET, RETURN) must see its
     * effects, so the context's snapshot is dropped.
     */
    void statementEnded(ExecContext ctx);

    /** ROW_COUNT() of the last statement, for GET DIAGNOSTICS. */
    long rowCount();

    /** The open cursor's rows; closed at CLOSE, at the end of its block, or when the routine ends. */
    interface Cursor extends AutoCloseable {
        /** The next row, or null when there are no more. */
        Object[] next();

        int width();

        @Override
        void close();
    }
}
