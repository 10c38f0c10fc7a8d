package io.sprocket.sql.ast;

/**
 * A statement of a stored program body: the compound statements (blocks, declarations, flow control, cursors,
 * conditions and diagnostics) and, wrapped in {@link RoutineSqlStatement}, any ordinary SQL statement.
 */
public sealed interface ProcedureStatement extends Node permits Block, DeclareVariable, DeclareCondition,
        DeclareHandler, DeclareCursor, If, CaseStatement, Loop, While, Repeat, Leave, Iterate, Return, OpenCursor,
        FetchCursor, CloseCursor, Signal, Resignal, GetDiagnostics, RoutineSqlStatement {
}
