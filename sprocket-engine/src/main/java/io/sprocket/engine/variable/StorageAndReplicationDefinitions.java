package io.sprocket.engine.variable;

import static io.sprocket.engine.variable.Definitions.UINT_MAX;
import static io.sprocket.engine.variable.Definitions.ULONG_MAX;
import static io.sprocket.engine.variable.Scope.GLOBAL;

/**
 * InnoDB, binary log and replication variables with MySQL 8.0.40's defaults. Sprocket has neither InnoDB nor
 * a binary log; these exist because clients and tools read them (and SET some of them in dumps), and their
 * values describe what a MySQL 8.0 server with the binary log disabled would report.
 */
final class StorageAndReplicationDefinitions {
    private StorageAndReplicationDefinitions() {}

    static void define(Definitions d) {
        d.uintBlock("binlog_cache_size", GLOBAL, 32768, 4096, ULONG_MAX, 4096);
        d.uint("binlog_expire_logs_seconds", GLOBAL, 2592000, 0, UINT_MAX);
        d.enumeration("enforce_gtid_consistency", GLOBAL, "OFF", "OFF", "ON", "WARN");
        d.stringReadOnly("gtid_executed", GLOBAL, "");
        d.enumeration("gtid_mode", GLOBAL, "OFF", "OFF", "OFF_PERMISSIVE", "ON_PERMISSIVE", "ON");
        d.string("gtid_purged", GLOBAL, "");
        d.bool("innodb_adaptive_hash_index", GLOBAL, true);
        d.uintReadOnly("innodb_autoinc_lock_mode", GLOBAL, 2, 0, 2);
        d.uint("innodb_buffer_pool_size", GLOBAL, 134217728, 5242880, ULONG_MAX);
        d.stringReadOnly("innodb_data_file_path", GLOBAL, "ibdata1:12M:autoextend");
        d.bool("innodb_deadlock_detect", GLOBAL, true);
        d.enumeration("innodb_default_row_format", GLOBAL, "dynamic", "redundant", "compact", "dynamic");
        d.bool("innodb_file_per_table", GLOBAL, true);
        d.uint("innodb_flush_log_at_trx_commit", GLOBAL, 1, 0, 2);
        d.uintReadOnly("innodb_ft_max_token_size", GLOBAL, 84, 10, 84);
        d.uintReadOnly("innodb_ft_min_token_size", GLOBAL, 3, 0, 16);
        d.uint("innodb_io_capacity", GLOBAL, 200, 100, ULONG_MAX);
        d.uintReadOnly("innodb_log_file_size", GLOBAL, 50331648, 4194304, ULONG_MAX);
        d.uintReadOnly("innodb_page_size", GLOBAL, 16384, 4096, 65536);
        d.bool("innodb_print_all_deadlocks", GLOBAL, false);
        d.boolReadOnly("innodb_read_only", GLOBAL, false);
        d.boolReadOnly("innodb_rollback_on_timeout", GLOBAL, false);
        d.bool("innodb_stats_on_metadata", GLOBAL, false);
        d.stringReadOnly("innodb_version", GLOBAL, VariableCatalog.VERSION);
        d.boolReadOnly("log_bin", GLOBAL, false);
        d.stringReadOnly("log_bin_basename", GLOBAL, null);
        d.stringReadOnly("log_bin_index", GLOBAL, null);
        d.bool("log_bin_trust_function_creators", GLOBAL, false);
        d.uintBlock("max_binlog_cache_size", GLOBAL, -4096L, 4096, ULONG_MAX, 4096);
        d.uintBlock("max_binlog_size", GLOBAL, 1073741824, 4096, 1073741824, 4096);
        d.uint("sync_binlog", GLOBAL, 1, 0, UINT_MAX);
        d.stringReadOnly("innodb_temp_data_file_path", GLOBAL, "ibtmp1:12M:autoextend");
        d.uintReadOnly("innodb_buffer_pool_instances", GLOBAL, 1, 1, 64);
        d.string("innodb_checksum_algorithm", GLOBAL, "crc32");
        d.uint("innodb_compression_level", GLOBAL, 6, 0, 9);
        d.boolReadOnly("innodb_dedicated_server", GLOBAL, false);
        d.bool("innodb_doublewrite", GLOBAL, true);
        d.uint("innodb_fill_factor", GLOBAL, 100, 10, 100);
        d.stringReadOnly("innodb_flush_method", GLOBAL, "fsync");
        d.uintReadOnly("innodb_ft_cache_size", GLOBAL, 8000000, 1600000, 80000000);
        d.bool("innodb_ft_enable_stopword", Scope.BOTH, true);
        d.uint("innodb_ft_result_cache_limit", GLOBAL, 2000000000, 1000000, UINT_MAX);
        d.uintReadOnly("innodb_ft_sort_pll_degree", GLOBAL, 2, 1, 32);
        d.uintReadOnly("innodb_ft_total_cache_size", GLOBAL, 640000000, 32000000, 1600000000);
        d.uint("innodb_log_buffer_size", GLOBAL, 16777216, 262144, UINT_MAX);
        d.add(new SystemVariable("innodb_max_dirty_pages_pct", GLOBAL, new DoubleType(0, 99.999), 90.0));
        d.uint("innodb_online_alter_log_max_size", GLOBAL, 134217728, 65536, ULONG_MAX);
        d.uintReadOnly("innodb_open_files", GLOBAL, 4000, 10, 2147483647);
        d.uintReadOnly("innodb_sort_buffer_size", GLOBAL, 1048576, 65536, 67108864);
        d.bool("innodb_stats_auto_recalc", GLOBAL, true);
        d.bool("innodb_stats_persistent", GLOBAL, true);
        d.bool("innodb_status_output", GLOBAL, false);
        d.uint("innodb_thread_concurrency", GLOBAL, 0, 0, 1000);
        d.uint("innodb_undo_tablespaces", GLOBAL, 2, 2, 127);
        d.enumeration("binlog_checksum", GLOBAL, "CRC32", "NONE", "CRC32");
        d.bool("binlog_order_commits", GLOBAL, true);
        d.enumeration("binlog_row_metadata", GLOBAL, "MINIMAL", "FULL", "MINIMAL");
        d.bool("binlog_rows_query_log_events", Scope.BOTH, false);
        d.uintBlock("binlog_stmt_cache_size", GLOBAL, 32768, 4096, ULONG_MAX, 4096);
        d.enumeration("binlog_transaction_dependency_tracking", GLOBAL, "COMMIT_ORDER",
                "COMMIT_ORDER", "WRITESET", "WRITESET_SESSION");
        d.uintBlock("max_binlog_stmt_cache_size", GLOBAL, -4096L, 4096, ULONG_MAX, 4096);
        d.uint("expire_logs_days", GLOBAL, 0, 0, 99);
        d.string("init_replica", GLOBAL, "");
        d.string("init_slave", GLOBAL, "");
        d.boolReadOnly("log_replica_updates", GLOBAL, true);
        d.boolReadOnly("log_slave_updates", GLOBAL, true);
        d.bool("log_statements_unsafe_for_binlog", GLOBAL, true);
        d.uintBlock("max_relay_log_size", GLOBAL, 0, 0, 1073741824, 4096);
        d.stringReadOnly("report_host", GLOBAL, null);
        d.stringReadOnly("report_password", GLOBAL, null);
        d.uintReadOnly("report_port", GLOBAL, 3306, 0, 65535);
        d.stringReadOnly("report_user", GLOBAL, null);
        d.enumeration("transaction_write_set_extraction", Scope.BOTH, "XXHASH64", "OFF", "MURMUR32", "XXHASH64");
    }
}
