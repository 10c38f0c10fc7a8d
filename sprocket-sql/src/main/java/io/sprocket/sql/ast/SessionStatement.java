package io.sprocket.sql.ast;

/** Statements that change session state: USE, SET, transactions, prepared statements. */
public sealed interface SessionStatement extends Statement permits Use, SetVariables, SetTransaction, StartTransaction, Commit, Rollback, RollbackToSavepoint, Savepoint, ReleaseSavepoint, Prepare, Execute, DeallocatePrepare {
}
