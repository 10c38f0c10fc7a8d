package io.sprocket.sql.ast;

/** SHOW statements (and DESCRIBE, which is SHOW COLUMNS). */
public sealed interface ShowStatement extends Statement permits ShowDatabases, ShowTables, ShowColumns, ShowIndex, ShowCreateDatabase, ShowCreateTable, ShowCreate, ShowVariables, ShowStatus, ShowWarnings, ShowErrors, ShowWarningCount, ShowErrorCount, ShowProcessList, ShowEngines, ShowCharacterSet, ShowCollation, ShowTableStatus, ShowRoutineStatus, ShowGrants, ShowPrivileges, ShowOpenTables, ShowPlugins, ShowBinaryLogs, ShowMasterStatus, ShowCreateUser, ShowEvents, ShowTriggers {
}
