package io.sprocket.sql.ast;

/** EXPLAIN, KILL, FLUSH, LOCK/UNLOCK TABLES, table maintenance, HELP, SIGNAL/RESIGNAL/GET DIAGNOSTICS. */
public sealed interface UtilityStatement extends Statement permits Explain, Kill, Flush, LockTables, UnlockTables, TableMaintenance, Help, ConditionStatement {
}
