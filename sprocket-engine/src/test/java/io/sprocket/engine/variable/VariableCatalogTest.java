package io.sprocket.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.error.Warnings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableCatalogTest {
    private final VariableCatalog catalog = VariableCatalog.mysql80();
    private final GlobalVariables globals = GlobalVariables.defaults();

    /** What MySQL Connector/J 8+ and MariaDB Connector/J 3 read at connect, with MySQL 8.0's defaults. */
    @Test
    void connectorVariablesHaveMySql80Defaults() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("auto_increment_increment", "1"),
                Map.entry("character_set_client", "utf8mb4"),
                Map.entry("character_set_connection", "utf8mb4"),
                Map.entry("character_set_results", "utf8mb4"),
                Map.entry("character_set_server", "utf8mb4"),
                Map.entry("character_set_system", "utf8mb3"),
                Map.entry("collation_server", "utf8mb4_0900_ai_ci"),
                Map.entry("collation_connection", "utf8mb4_0900_ai_ci"),
                Map.entry("init_connect", ""),
                Map.entry("interactive_timeout", "28800"),
                Map.entry("lower_case_table_names", "0"),
                Map.entry("max_allowed_packet", "67108864"),
                Map.entry("net_buffer_length", "16384"),
                Map.entry("net_write_timeout", "60"),
                Map.entry("performance_schema", "ON"),
                Map.entry("system_time_zone", "UTC"),
                Map.entry("time_zone", "SYSTEM"),
                Map.entry("transaction_isolation", "REPEATABLE-READ"),
                Map.entry("transaction_read_only", "OFF"),
                Map.entry("wait_timeout", "28800"),
                Map.entry("autocommit", "ON"),
                Map.entry("version", "8.0.40"),
                Map.entry("version_comment", "Sprocket"),
                Map.entry("protocol_version", "10"),
                Map.entry("default_storage_engine", "InnoDB"),
                Map.entry("default_authentication_plugin", "caching_sha2_password"),
                Map.entry("innodb_lock_wait_timeout", "50"),
                Map.entry("lock_wait_timeout", "31536000"),
                Map.entry("max_connections", "151"),
                Map.entry("sql_select_limit", "18446744073709551615"),
                Map.entry("group_concat_max_len", "1024"),
                Map.entry("div_precision_increment", "4"),
                Map.entry("cte_max_recursion_depth", "1000"),
                Map.entry("explicit_defaults_for_timestamp", "ON"),
                Map.entry("log_bin", "OFF"),
                Map.entry("event_scheduler", "ON"),
                Map.entry("automatic_sp_privileges", "ON"),
                Map.entry("activate_all_roles_on_login", "OFF"),
                Map.entry("long_query_time", "10.000000"),
                Map.entry("max_error_count", "1024"),
                Map.entry("sort_buffer_size", "262144"),
                Map.entry("tls_version", "TLSv1.2,TLSv1.3"),
                Map.entry("updatable_views_with_limit", "YES"),
                Map.entry("windowing_use_high_precision", "ON"));
        expected.forEach((name, value) -> {
            SystemVariable variable = catalog.require(name);
            Object stored = variable.scope().hasGlobal() ? globals.value(variable) : variable.defaultValue();
            assertThat(variable.type().show(stored)).as(name).isEqualTo(value);
        });
    }

    @Test
    void sortedUniqueLowerCaseAndCaseInsensitiveLookup() {
        assertThat(catalog.all()).extracting(SystemVariable::name).isSorted().doesNotHaveDuplicates();
        assertThat(catalog.all().size()).isGreaterThan(250);
        assertThat(catalog.find("SQL_MODE")).isPresent();
        assertThat(catalog.find("tx_isolation")).isEmpty();
    }

    /** Every default must render and survive SET x = @@x and the option-text path (catches a mistyped default). */
    @Test
    void everyDefaultRendersAndRoundTrips() {
        for (SystemVariable variable : catalog.all()) {
            Object stored = variable.defaultValue();
            if (variable.type() instanceof TimestampType) continue; // null means "now"
            String shown = variable.type().show(stored);
            variable.type().select(stored);
            variable.type().column("@@" + variable.name(), stored);
            if (stored == null) continue;
            Object again = variable.type().fromOption(variable.name(), shown);
            assertThat(variable.type().show(again)).as(variable.name()).isEqualTo(shown);
            // SET x = @@x must be accepted and change nothing
            Object converted = variable.type().convert(variable.name(), variable.type().select(stored),
                    Warnings.IGNORE);
            assertThat(variable.type().show(converted)).as(variable.name()).isEqualTo(shown);
        }
    }

    /** The variables common clients and tools read or set at connect; none may give 1193. */
    @Test
    void clientConnectQueriesResolve() {
        SessionVariables session = new SessionVariables(globals, 1);
        // MySQL Connector/J 8+/9 (server 8.0.3+), MariaDB Connector/J, mysql CLI, Hibernate, Django, Rails,
        // SQLAlchemy, mysqldump
        for (String name : java.util.List.of("auto_increment_increment", "character_set_client",
                "character_set_connection", "character_set_results", "character_set_server", "collation_server",
                "collation_connection", "init_connect", "interactive_timeout", "license", "lower_case_table_names",
                "max_allowed_packet", "net_write_timeout", "performance_schema", "sql_mode", "system_time_zone",
                "time_zone", "transaction_isolation", "wait_timeout", "version_comment", "transaction_read_only",
                "sql_auto_is_null", "default_storage_engine", "unique_checks", "foreign_key_checks", "sql_notes",
                "sql_quote_show_create", "sql_log_bin", "gtid_purged", "information_schema_stats_expiry",
                "default_week_format", "net_read_timeout")) {
            assertThat(session.select(name, ScopeKeyword.NONE)).as(name).satisfiesAnyOf(
                    value -> assertThat(value).isNotNull(),
                    value -> assertThat(name).isEqualTo("character_set_results"));
        }
        assertThat(session.select("auto_increment_increment", ScopeKeyword.SESSION))
                .isEqualTo(1L);
    }
}
