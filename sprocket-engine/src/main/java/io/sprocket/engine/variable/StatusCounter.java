package io.sprocket.engine.variable;

/**
 * The status counters the server and engine bump (SHOW STATUS). A counter with {@code sessionToo} also has a
 * per-session value (SHOW SESSION STATUS shows the session's own count); the others are server-wide only.
 */
public enum StatusCounter {
    ABORTED_CLIENTS("Aborted_clients", false),
    ABORTED_CONNECTS("Aborted_connects", false),
    BYTES_RECEIVED("Bytes_received", true),
    BYTES_SENT("Bytes_sent", true),
    COM_ALTER_EVENT("Com_alter_event", true),
    COM_ALTER_FUNCTION("Com_alter_function", true),
    COM_ALTER_PROCEDURE("Com_alter_procedure", true),
    COM_ALTER_TABLE("Com_alter_table", true),
    COM_ALTER_USER("Com_alter_user", true),
    COM_BEGIN("Com_begin", true),
    COM_CALL_PROCEDURE("Com_call_procedure", true),
    COM_CHANGE_DB("Com_change_db", true),
    COM_COMMIT("Com_commit", true),
    COM_CREATE_DB("Com_create_db", true),
    COM_CREATE_EVENT("Com_create_event", true),
    COM_CREATE_FUNCTION("Com_create_function", true),
    COM_CREATE_INDEX("Com_create_index", true),
    COM_CREATE_PROCEDURE("Com_create_procedure", true),
    COM_CREATE_TABLE("Com_create_table", true),
    COM_CREATE_TRIGGER("Com_create_trigger", true),
    COM_CREATE_USER("Com_create_user", true),
    COM_CREATE_VIEW("Com_create_view", true),
    COM_DEALLOC_SQL("Com_dealloc_sql", true),
    COM_DELETE("Com_delete", true),
    COM_DELETE_MULTI("Com_delete_multi", true),
    COM_DROP_DB("Com_drop_db", true),
    COM_DROP_EVENT("Com_drop_event", true),
    COM_DROP_FUNCTION("Com_drop_function", true),
    COM_DROP_INDEX("Com_drop_index", true),
    COM_DROP_PROCEDURE("Com_drop_procedure", true),
    COM_DROP_TABLE("Com_drop_table", true),
    COM_DROP_TRIGGER("Com_drop_trigger", true),
    COM_DROP_USER("Com_drop_user", true),
    COM_DROP_VIEW("Com_drop_view", true),
    COM_EMPTY_QUERY("Com_empty_query", true),
    COM_EXECUTE_SQL("Com_execute_sql", true),
    COM_GRANT("Com_grant", true),
    COM_INSERT("Com_insert", true),
    COM_INSERT_SELECT("Com_insert_select", true),
    COM_KILL("Com_kill", true),
    COM_LOCK_TABLES("Com_lock_tables", true),
    COM_PREPARE_SQL("Com_prepare_sql", true),
    COM_RELEASE_SAVEPOINT("Com_release_savepoint", true),
    COM_RENAME_TABLE("Com_rename_table", true),
    COM_REPLACE("Com_replace", true),
    COM_REPLACE_SELECT("Com_replace_select", true),
    COM_RESIGNAL("Com_resignal", true),
    COM_REVOKE("Com_revoke", true),
    COM_ROLLBACK("Com_rollback", true),
    COM_ROLLBACK_TO_SAVEPOINT("Com_rollback_to_savepoint", true),
    COM_SAVEPOINT("Com_savepoint", true),
    COM_SELECT("Com_select", true),
    COM_SET_OPTION("Com_set_option", true),
    COM_SHOW_CREATE_FUNC("Com_show_create_func", true),
    COM_SHOW_CREATE_PROC("Com_show_create_proc", true),
    COM_SHOW_CREATE_TABLE("Com_show_create_table", true),
    COM_SHOW_CREATE_TRIGGER("Com_show_create_trigger", true),
    COM_SHOW_DATABASES("Com_show_databases", true),
    COM_SHOW_ERRORS("Com_show_errors", true),
    COM_SHOW_FIELDS("Com_show_fields", true),
    COM_SHOW_FUNCTION_STATUS("Com_show_function_status", true),
    COM_SHOW_GRANTS("Com_show_grants", true),
    COM_SHOW_PROCEDURE_STATUS("Com_show_procedure_status", true),
    COM_SHOW_STATUS("Com_show_status", true),
    COM_SHOW_TABLES("Com_show_tables", true),
    COM_SHOW_TRIGGERS("Com_show_triggers", true),
    COM_SHOW_VARIABLES("Com_show_variables", true),
    COM_SHOW_WARNINGS("Com_show_warnings", true),
    COM_SIGNAL("Com_signal", true),
    COM_STMT_CLOSE("Com_stmt_close", true),
    COM_STMT_EXECUTE("Com_stmt_execute", true),
    COM_STMT_PREPARE("Com_stmt_prepare", true),
    COM_STMT_RESET("Com_stmt_reset", true),
    COM_TRUNCATE("Com_truncate", true),
    COM_UNLOCK_TABLES("Com_unlock_tables", true),
    COM_UPDATE("Com_update", true),
    COM_UPDATE_MULTI("Com_update_multi", true),
    CONNECTIONS("Connections", false),
    CREATED_TMP_TABLES("Created_tmp_tables", true),
    INNODB_ROW_LOCK_WAITS("Innodb_row_lock_waits", false),
    INNODB_ROWS_DELETED("Innodb_rows_deleted", false),
    INNODB_ROWS_INSERTED("Innodb_rows_inserted", false),
    INNODB_ROWS_READ("Innodb_rows_read", false),
    INNODB_ROWS_UPDATED("Innodb_rows_updated", false),
    OPENED_TABLES("Opened_tables", true),
    QUERIES("Queries", true),
    QUESTIONS("Questions", true),
    SLOW_QUERIES("Slow_queries", true),
    THREADS_CREATED("Threads_created", false);

    private final String statusName;
    private final boolean sessionToo;

    StatusCounter(String statusName, boolean sessionToo) {
        this.statusName = statusName;
        this.sessionToo = sessionToo;
    }

    /** The name SHOW STATUS prints. */
    public String statusName() {
        return statusName;
    }

    public boolean sessionToo() {
        return sessionToo;
    }
}
