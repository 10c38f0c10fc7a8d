package io.sprocket.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SET PERSIST / PERSIST_ONLY / RESET PERSIST, following the MySQL 8.0 manual (the MariaDB oracle has none). */
class PersistTest {
    private final GlobalVariables globals = GlobalVariables.defaults();
    private final SessionVariables session = new SessionVariables(globals, 1);
    private final CollectingWarnings warnings = new CollectingWarnings();

    @Test
    void persistSetsTheGlobalValueAndRecordsIt() {
        session.set(ScopeKeyword.PERSIST, "max_connections", 500L, warnings);
        session.set(ScopeKeyword.PERSIST, "sql_mode", "ansi_quotes", warnings);
        assertThat(globals.select("max_connections")).isEqualTo(500L);
        assertThat(globals.persisted()).containsExactly(Map.entry("max_connections", "500"),
                Map.entry("sql_mode", "ANSI_QUOTES"));
        assertThat(session.has(SqlMode.ANSI_QUOTES)).isFalse(); // the session keeps its copy
    }

    @Test
    void persistOnlyRecordsWithoutChangingTheRunningValueAndAcceptsReadOnlyVariables() {
        session.set(ScopeKeyword.PERSIST_ONLY, "port", 3310L, warnings);
        session.set(ScopeKeyword.PERSIST_ONLY, "max_connections", 20L, warnings);
        assertThat(globals.select("port")).isEqualTo(3306L);
        assertThat(globals.select("max_connections")).isEqualTo(151L);
        assertThat(globals.persisted()).containsEntry("port", "3310").containsEntry("max_connections", "20");
        assertThatThrownBy(() -> session.set(ScopeKeyword.PERSIST_ONLY, "version", "9", warnings))
                .hasMessage("Variable 'version' is a non persistent read only variable");
        assertThatThrownBy(() -> session.set(ScopeKeyword.PERSIST, "port", 3310L, warnings))
                .hasMessage("Variable 'port' is a read only variable");
        assertThatThrownBy(() -> session.set(ScopeKeyword.PERSIST, "last_insert_id", 1L, warnings))
                .extracting(e -> ((SqlException) e).errno()).isEqualTo(1228);
    }

    @Test
    void persistedValuesAreAppliedAtTheNextStart() {
        session.set(ScopeKeyword.PERSIST, "autocommit", 0L, warnings);
        session.set(ScopeKeyword.PERSIST, "long_query_time", 2L, warnings);
        session.set(ScopeKeyword.PERSIST_ONLY, "port", 3310L, warnings);
        GlobalVariables restarted = GlobalVariables.create(VariableCatalog.mysql80(), Map.of("port", "3307"),
                globals.persisted());
        assertThat(restarted.select("autocommit")).isEqualTo(0L);
        assertThat(restarted.select("long_query_time")).isEqualTo(2.0);
        assertThat(restarted.select("port")).isEqualTo(3310L);
        assertThat(restarted.persisted()).isEqualTo(globals.persisted());
    }

    @Test
    void resetPersist() {
        session.set(ScopeKeyword.PERSIST, "max_connections", 500L, warnings);
        session.setDefault(ScopeKeyword.PERSIST, "wait_timeout", warnings);
        assertThat(globals.persisted()).containsEntry("wait_timeout", "28800");
        globals.resetPersist("MAX_CONNECTIONS", false, warnings);
        assertThat(globals.persisted()).containsOnlyKeys("wait_timeout");
        assertThatThrownBy(() -> globals.resetPersist("max_connections", false, warnings))
                .hasMessage("Variable max_connections does not exist in persisted config file")
                .extracting(e -> ((SqlException) e).errno()).isEqualTo(3615);
        globals.resetPersist("max_connections", true, warnings);
        assertThat(warnings.texts()).containsExactly(
                "Warning 3615 Variable max_connections does not exist in persisted config file");
        globals.resetPersist(null, false, warnings);
        assertThat(globals.persisted()).isEmpty();
        assertThat(globals.select("max_connections")).isEqualTo(500L); // RESET PERSIST keeps the running value
    }
}
