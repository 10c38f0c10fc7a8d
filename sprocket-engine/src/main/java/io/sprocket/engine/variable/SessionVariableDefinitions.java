package io.sprocket.engine.variable;

import static io.sprocket.engine.variable.Definitions.UINT_MAX;
import static io.sprocket.engine.variable.Definitions.ULONG_MAX;
import static io.sprocket.engine.variable.Scope.BOTH;
import static io.sprocket.engine.variable.Scope.SESSION;

/**
 * The variables that have a session value (SESSION or BOTH), with MySQL 8.0.40's defaults and bounds on a 64-bit
 * Linux build. tx_isolation and tx_read_only are left out on purpose: MySQL 8.0 removed them (clients read
 * transaction_isolation / transaction_read_only from 8.0.3 on), so @@tx_isolation gives 1193 as in MySQL 8.0.
 */
final class SessionVariableDefinitions {
    private SessionVariableDefinitions() {}

    /** MySQL 8.0.40's optimizer_switch flags in order, with their defaults. */
    static final String OPTIMIZER_SWITCH_DEFAULT =
            "index_merge=on,index_merge_union=on,index_merge_sort_union=on,"
            + "index_merge_intersection=on,engine_condition_pushdown=on,index_condition_pushdown=on,mrr=on,"
            + "mrr_cost_based=on,block_nested_loop=on,batched_key_access=off,materialization=on,semijoin=on,"
            + "loosescan=on,firstmatch=on,duplicateweedout=on,subquery_materialization_cost_based=on,"
            + "use_index_extensions=on,condition_fanout_filter=on,derived_merge=on,use_invisible_indexes=off,"
            + "skip_scan=on,hash_join=on,subquery_to_derived=off,prefer_ordering_index=on,"
            + "hypergraph_optimizer=off,derived_condition_pushdown=on,hash_set_operations=on";

    static void define(Definitions d, CharsetDirectory charsets) {
        d.uint("auto_increment_increment", BOTH, 1, 1, 65535);
        d.uint("auto_increment_offset", BOTH, 1, 1, 65535);
        d.bool("autocommit", BOTH, true);
        d.bool("big_tables", BOTH, false);
        d.enumeration("binlog_format", BOTH, "ROW", "MIXED", "STATEMENT", "ROW");
        d.enumeration("binlog_row_image", BOTH, "FULL", "MINIMAL", "NOBLOB", "FULL");
        d.string("block_encryption_mode", BOTH, "aes-128-ecb");
        d.uint("bulk_insert_buffer_size", BOTH, 8388608, 0, ULONG_MAX);

        d.add(new SystemVariable("character_set_client", BOTH, new CharsetType(charsets, false, true), "utf8mb4"));
        d.add(new SystemVariable("character_set_connection", BOTH, new CharsetType(charsets, false, false),
                "utf8mb4"));
        d.add(new SystemVariable("character_set_database", BOTH, new CharsetType(charsets, false, false),
                "utf8mb4"));
        d.add(new SystemVariable("character_set_filesystem", BOTH, new CharsetType(charsets, false, false),
                "binary"));
        d.add(new SystemVariable("character_set_results", BOTH, new CharsetType(charsets, true, false), "utf8mb4"));
        d.add(new SystemVariable("character_set_server", BOTH, new CharsetType(charsets, false, false), "utf8mb4"));
        d.add(new SystemVariable("collation_connection", BOTH, new CollationType(charsets), "utf8mb4_0900_ai_ci"));
        d.add(new SystemVariable("collation_database", BOTH, new CollationType(charsets), "utf8mb4_0900_ai_ci"));
        d.add(new SystemVariable("collation_server", BOTH, new CollationType(charsets), "utf8mb4_0900_ai_ci"));
        d.add(new SystemVariable("default_collation_for_utf8mb4", BOTH, new CollationType(charsets),
                "utf8mb4_0900_ai_ci"));

        d.enumeration("completion_type", BOTH, "NO_CHAIN", "NO_CHAIN", "CHAIN", "RELEASE");
        d.uint("cte_max_recursion_depth", BOTH, 1000, 0, UINT_MAX);
        d.enumeration("default_storage_engine", BOTH, "InnoDB", "InnoDB", "MEMORY", "MyISAM", "CSV");
        d.bool("default_table_encryption", BOTH, false);
        d.enumeration("default_tmp_storage_engine", BOTH, "InnoDB", "InnoDB", "MEMORY", "MyISAM", "CSV");
        d.uint("default_week_format", BOTH, 0, 0, 7);
        d.uint("div_precision_increment", BOTH, 4, 0, 30);
        d.bool("end_markers_in_json", BOTH, false);
        d.uint("eq_range_index_dive_limit", BOTH, 200, 0, UINT_MAX);
        d.add(new SystemVariable("error_count", SESSION, IntegerType.unsigned(0, ULONG_MAX), 0L).asReadOnly());
        d.enumeration("explain_format", BOTH, "TRADITIONAL", "TRADITIONAL", "JSON", "TREE");
        d.bool("explicit_defaults_for_timestamp", BOTH, true);
        d.bool("foreign_key_checks", BOTH, true);
        d.uint("generated_random_password_length", BOTH, 20, 5, 255);
        d.uint("group_concat_max_len", BOTH, 1024, 4, ULONG_MAX);
        d.uint("histogram_generation_max_mem_size", BOTH, 20000000, 1000000, ULONG_MAX);
        d.uint("identity", SESSION, 0, 0, ULONG_MAX);
        d.uint("information_schema_stats_expiry", BOTH, 86400, 0, 31536000);
        d.uint("innodb_lock_wait_timeout", BOTH, 50, 1, 1073741824);
        d.bool("innodb_strict_mode", BOTH, true);
        d.bool("innodb_table_locks", BOTH, true);
        d.uint("insert_id", SESSION, 0, 0, ULONG_MAX);
        d.uint("interactive_timeout", BOTH, 28800, 1, 31536000);
        d.enumeration("internal_tmp_mem_storage_engine", BOTH, "TempTable", "MEMORY", "TempTable");
        d.uintBlock("join_buffer_size", BOTH, 262144, 128, ULONG_MAX, 128);
        d.bool("keep_files_on_create", BOTH, false);
        d.uint("last_insert_id", SESSION, 0, 0, ULONG_MAX);
        d.add(new SystemVariable("lc_messages", BOTH, LocaleType.INSTANCE, "en_US"));
        d.add(new SystemVariable("lc_time_names", BOTH, LocaleType.INSTANCE, "en_US"));
        d.uint("lock_wait_timeout", BOTH, 31536000, 1, 31536000);
        d.add(new SystemVariable("long_query_time", BOTH, new DoubleType(0, 31536000), 10.0));
        d.bool("low_priority_updates", BOTH, false);
        d.add(new SystemVariable("max_allowed_packet", BOTH,
                IntegerType.unsigned(1024, 1073741824).withBlockSize(1024), 67108864L).withReadOnlySession());
        d.uint("max_error_count", BOTH, 1024, 0, 65535);
        d.uint("max_execution_time", BOTH, 0, 0, UINT_MAX);
        d.uintBlock("max_heap_table_size", BOTH, 16777216, 16384, ULONG_MAX, 1024);
        d.uint("max_join_size", BOTH, ULONG_MAX, 1, ULONG_MAX);
        d.uint("max_length_for_sort_data", BOTH, 4096, 4, 8388608);
        d.uint("max_points_in_geometry", BOTH, 65536, 3, 1048576);
        d.uint("max_seeks_for_key", BOTH, ULONG_MAX, 1, ULONG_MAX);
        d.uint("max_sort_length", BOTH, 1024, 4, 8388608);
        d.uint("max_sp_recursion_depth", BOTH, 0, 0, 255);
        d.add(new SystemVariable("max_user_connections", BOTH, IntegerType.unsigned(0, UINT_MAX), 0L)
                .withReadOnlySession());
        d.uint("min_examined_row_limit", BOTH, 0, 0, ULONG_MAX);
        d.add(new SystemVariable("net_buffer_length", BOTH,
                IntegerType.unsigned(1024, 1048576).withBlockSize(1024), 16384L).withReadOnlySession());
        d.uint("net_read_timeout", BOTH, 30, 1, 31536000);
        d.uint("net_retry_count", BOTH, 10, 1, ULONG_MAX);
        d.uint("net_write_timeout", BOTH, 60, 1, 31536000);
        d.bool("old_alter_table", BOTH, false);
        d.uint("optimizer_prune_level", BOTH, 1, 0, 1);
        d.uint("optimizer_search_depth", BOTH, 62, 0, 62);
        FlagListType optimizerSwitch = FlagListType.fromDefault(OPTIMIZER_SWITCH_DEFAULT);
        d.add(new SystemVariable("optimizer_switch", BOTH, optimizerSwitch, optimizerSwitch.defaults()));
        d.string("optimizer_trace", BOTH, "enabled=off,one_line=off");
        d.uint("optimizer_trace_max_mem_size", BOTH, 1048576, 0, UINT_MAX);
        d.uint("parser_max_mem_size", BOTH, ULONG_MAX, 10000000, ULONG_MAX);
        d.bool("print_identified_with_as_hex", BOTH, false);
        d.bool("profiling", BOTH, false);
        d.uint("profiling_history_size", BOTH, 15, 0, 100);
        d.uint("pseudo_thread_id", SESSION, 0, 0, UINT_MAX);
        d.uintBlock("query_alloc_block_size", BOTH, 8192, 1024, UINT_MAX, 1024);
        d.uintBlock("query_prealloc_size", BOTH, 8192, 8192, ULONG_MAX, 1024);
        d.uint("rand_seed1", SESSION, 0, 0, ULONG_MAX);
        d.uint("rand_seed2", SESSION, 0, 0, ULONG_MAX);
        d.uintBlock("range_alloc_block_size", BOTH, 4096, 4096, ULONG_MAX, 1024);
        d.uint("range_optimizer_max_mem_size", BOTH, 8388608, 0, ULONG_MAX);
        d.uintBlock("read_buffer_size", BOTH, 131072, 8192, 2147479552, 4096);
        d.uint("read_rnd_buffer_size", BOTH, 262144, 1, 2147483647);
        d.enumeration("resultset_metadata", SESSION, "FULL", "NONE", "FULL");
        d.enumeration("session_track_gtids", BOTH, "OFF", "OFF", "OWN_GTID", "ALL_GTIDS");
        d.bool("session_track_schema", BOTH, true);
        d.bool("session_track_state_change", BOTH, false);
        d.string("session_track_system_variables", BOTH,
                "time_zone,autocommit,character_set_client,character_set_results,character_set_connection");
        d.enumeration("session_track_transaction_info", BOTH, "OFF", "OFF", "STATE", "CHARACTERISTICS");
        d.bool("show_create_table_verbosity", BOTH, false);
        d.uint("sort_buffer_size", BOTH, 262144, 32768, ULONG_MAX);
        d.bool("sql_auto_is_null", BOTH, false);
        d.bool("sql_big_selects", BOTH, true);
        d.bool("sql_buffer_result", BOTH, false);
        d.bool("sql_generate_invisible_primary_key", BOTH, false);
        d.bool("sql_log_bin", SESSION, true);
        d.bool("sql_log_off", BOTH, false);
        d.add(new SystemVariable("sql_mode", BOTH, SqlModeType.INSTANCE, SqlMode.DEFAULT));
        d.bool("sql_notes", BOTH, true);
        d.bool("sql_quote_show_create", BOTH, true);
        d.bool("sql_require_primary_key", BOTH, false);
        d.bool("sql_safe_updates", BOTH, false);
        // Sprocket's own: the opt-in single-security-group rule of ER_DIFF_GROUPS_PROC (1384), docs/security.md
        d.bool("sp_same_security_group", BOTH, false);
        d.uint("sql_select_limit", BOTH, ULONG_MAX, 0, ULONG_MAX);
        d.bool("sql_warnings", BOTH, false);
        d.add(new SystemVariable("time_zone", BOTH, TimeZoneType.INSTANCE, "SYSTEM"));
        d.add(new SystemVariable("timestamp", SESSION, TimestampType.INSTANCE, null));
        d.uint("tmp_table_size", BOTH, 16777216, 1024, ULONG_MAX);
        d.uintBlock("transaction_alloc_block_size", BOTH, 8192, 1024, 131072, 1024);
        d.enumeration("transaction_isolation", BOTH, "REPEATABLE-READ",
                "READ-UNCOMMITTED", "READ-COMMITTED", "REPEATABLE-READ", "SERIALIZABLE");
        d.uintBlock("transaction_prealloc_size", BOTH, 4096, 1024, 131072, 1024);
        d.bool("transaction_read_only", BOTH, false);
        d.bool("unique_checks", BOTH, true);
        d.enumeration("updatable_views_with_limit", BOTH, "YES", "NO", "YES");
        d.uint("wait_timeout", BOTH, 28800, 1, 31536000);
        d.add(new SystemVariable("warning_count", SESSION, IntegerType.unsigned(0, ULONG_MAX), 0L).asReadOnly());
        d.bool("windowing_use_high_precision", BOTH, true);
        d.uint("connection_memory_chunk_size", BOTH, 8192, 0, 536870912);
        d.uint("connection_memory_limit", BOTH, ULONG_MAX, 2097152, ULONG_MAX);
        d.uint("preload_buffer_size", BOTH, 32768, 1024, 1073741824);
        d.bool("require_row_format", SESSION, false);
        d.uint("select_into_buffer_size", BOTH, 131072, 8192, 2147479552);
        d.bool("select_into_disk_sync", BOTH, false);
        d.uint("select_into_disk_sync_delay", BOTH, 0, 0, 31536000);
        d.bool("show_gipk_in_create_table_and_information_schema", BOTH, true);
        d.enumeration("terminology_use_previous", BOTH, "NONE", "NONE", "BEFORE_8_0_26", "BEFORE_8_2_0");
        d.bool("use_secondary_engine", SESSION, true);
        d.bool("xa_detach_on_prepare", BOTH, true);
    }
}
