package io.sprocket.engine.variable;

import static io.sprocket.engine.variable.ScopeKeyword.GLOBAL;
import static io.sprocket.engine.variable.ScopeKeyword.NONE;
import static io.sprocket.engine.variable.ScopeKeyword.SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SET / @@ / SHOW semantics; error texts checked against the MariaDB oracle and the MySQL 8.0 manual. */
class SessionVariablesTest {
    private final GlobalVariables globals = GlobalVariables.defaults();
    private final SessionVariables session = new SessionVariables(globals, 7,
            Clock.fixed(Instant.parse("2026-11-22T19:00:00.123456Z"), ZoneOffset.UTC));
    private final CollectingWarnings warnings = new CollectingWarnings();

    private static SqlException error(Runnable action) {
        try {
            action.run();
        } catch (SqlException e) {
            return e;
        }
        throw new AssertionError("expected an SqlException");
    }

    @Test
    void unknownVariable() {
        SqlException e = error(() -> session.set(NONE, "no_such_var", 1L, warnings));
        assertThat(e.errno()).isEqualTo(1193);
        assertThat(e.sqlState()).isEqualTo("HY000");
        assertThat(e.getMessage()).isEqualTo("Unknown system variable 'no_such_var'");
        assertThat(error(() -> session.select("tx_isolation", NONE)).errno()).isEqualTo(1193); // removed in 8.0
        assertThat(error(() -> session.select("query_cache_size", NONE)).errno()).isEqualTo(1193);
    }

    @Test
    void setSessionOfGlobalOnlyVariable() {
        for (ScopeKeyword scope : new ScopeKeyword[] {NONE, SESSION}) {
            SqlException e = error(() -> session.set(scope, "max_connections", 5L, warnings));
            assertThat(e.errno()).isEqualTo(1229);
            assertThat(e.getMessage())
                    .isEqualTo("Variable 'max_connections' is a GLOBAL variable and should be set with SET GLOBAL");
        }
    }

    @Test
    void setGlobalOfSessionOnlyVariable() {
        SqlException e = error(() -> session.set(GLOBAL, "last_insert_id", 5L, warnings));
        assertThat(e.errno()).isEqualTo(1228);
        assertThat(e.getMessage())
                .isEqualTo("Variable 'last_insert_id' is a SESSION variable and can't be used with SET GLOBAL");
    }

    @Test
    void readOnlyVariablesAreReportedBeforeScope() {
        SqlException e = error(() -> session.set(GLOBAL, "warning_count", 1L, warnings));
        assertThat(e.errno()).isEqualTo(1238);
        assertThat(e.getMessage()).isEqualTo("Variable 'warning_count' is a read only variable");
        assertThat(error(() -> session.set(NONE, "version", "x", warnings)).getMessage())
                .isEqualTo("Variable 'version' is a read only variable");
        assertThat(error(() -> session.set(GLOBAL, "port", 1L, warnings)).errno()).isEqualTo(1238);
    }

    @Test
    void readOnlySessionValue() {
        SqlException e = error(() -> session.set(SESSION, "max_allowed_packet", 1025L, warnings));
        assertThat(e.errno()).isEqualTo(1621);
        assertThat(e.getMessage()).isEqualTo(
                "SESSION variable 'max_allowed_packet' is read-only. Use SET GLOBAL to assign the value");
        session.set(GLOBAL, "max_allowed_packet", 1025L, warnings);
        assertThat(globals.select("max_allowed_packet")).isEqualTo(1024L);
        assertThat(warnings.texts()).containsExactly(
                "Warning 1292 Truncated incorrect max_allowed_packet value: '1025'",
                "Warning 1708 The value of 'max_allowed_packet' should be no less than the value of "
                        + "'net_buffer_length'");
    }

    @Test
    void scopedReads() {
        assertThat(error(() -> session.select("warning_count", GLOBAL)).getMessage())
                .isEqualTo("Variable 'warning_count' is a SESSION variable");
        assertThat(error(() -> session.select("max_connections", SESSION)).getMessage())
                .isEqualTo("Variable 'max_connections' is a GLOBAL variable");
        assertThat(session.select("max_connections", NONE)).isEqualTo(151L);
        assertThat(session.select("max_connections", GLOBAL)).isEqualTo(151L);
    }

    @Test
    void bareReadPrefersTheSessionValue() {
        session.set(SESSION, "autocommit", 0L, warnings);
        assertThat(session.select("autocommit", NONE)).isEqualTo(0L);
        assertThat(session.select("AUTOCOMMIT", SESSION)).isEqualTo(0L);
        assertThat(session.select("autocommit", GLOBAL)).isEqualTo(1L);
        assertThat(session.autocommit()).isFalse();
    }

    @Test
    void globalChangesReachNewSessionsOnly() {
        session.set(GLOBAL, "sql_mode", "ANSI_QUOTES", warnings);
        assertThat(session.has(SqlMode.ANSI_QUOTES)).isFalse();
        assertThat(session.select("sql_mode", GLOBAL)).isEqualTo("ANSI_QUOTES");
        SessionVariables later = new SessionVariables(globals, 8);
        assertThat(later.has(SqlMode.ANSI_QUOTES)).isTrue();
        assertThat(later.strict()).isFalse();
        session.reset();
        assertThat(session.has(SqlMode.ANSI_QUOTES)).isTrue();
    }

    @Test
    void defaultMeansGlobalValueForSessionAndCompiledDefaultForGlobal() {
        session.set(GLOBAL, "sql_mode", "", warnings);
        session.set(SESSION, "sql_mode", "ANSI", warnings);
        session.setDefault(SESSION, "sql_mode", warnings);
        assertThat(session.select("sql_mode", NONE)).isEqualTo("");
        session.setDefault(GLOBAL, "sql_mode", warnings);
        assertThat(session.select("sql_mode", GLOBAL)).isEqualTo(SqlMode.format(SqlMode.DEFAULT));
        session.set(NONE, "last_insert_id", 9L, warnings);
        session.setDefault(NONE, "last_insert_id", warnings);
        assertThat(session.lastInsertId()).isZero();
    }

    @Test
    void sqlModeHotAccess() {
        assertThat(session.has(SqlMode.STRICT_TRANS_TABLES)).isTrue();
        assertThat(session.has(SqlMode.ONLY_FULL_GROUP_BY)).isTrue();
        assertThat(session.strict()).isTrue();
        session.set(NONE, "sql_mode", "traditional", warnings);
        assertThat(session.has(SqlMode.STRICT_ALL_TABLES)).isTrue();
        assertThat(session.has(SqlMode.ONLY_FULL_GROUP_BY)).isFalse();
        assertThat(session.sqlMode()).isEqualTo(SqlModeType.parse("sql_mode", "TRADITIONAL"));
    }

    @Test
    void typedGettersReflectSets() {
        session.set(NONE, "innodb_lock_wait_timeout", 3L, warnings);
        session.set(NONE, "max_sp_recursion_depth", 300L, warnings);
        session.set(NONE, "div_precision_increment", 40L, warnings);
        session.set(NONE, "foreign_key_checks", 0L, warnings);
        session.set(NONE, "unique_checks", "OFF", warnings);
        session.set(NONE, "sql_safe_updates", 1L, warnings);
        session.set(NONE, "time_zone", "+5:00", warnings);
        assertThat(session.innodbLockWaitTimeout()).isEqualTo(3);
        assertThat(session.maxSpRecursionDepth()).isEqualTo(255);
        assertThat(session.divPrecisionIncrement()).isEqualTo(30);
        assertThat(session.foreignKeyChecks()).isFalse();
        assertThat(session.uniqueChecks()).isFalse();
        assertThat(session.sqlSafeUpdates()).isTrue();
        assertThat(session.timeZone()).isEqualTo("+05:00");
        assertThat(session.groupConcatMaxLen()).isEqualTo(1024);
        assertThat(session.cteMaxRecursionDepth()).isEqualTo(1000);
        assertThat(session.sqlSelectLimit()).isEqualTo(-1L);
        assertThat(session.transactionIsolation()).isEqualTo("REPEATABLE-READ");
        assertThat(warnings.conditions).extracting(c -> c.message()).containsExactly(
                "Truncated incorrect max_sp_recursion_depth value: '300'",
                "Truncated incorrect div_precision_increment value: '40'");
    }

    @Test
    void selectValuesAndTypes() {
        assertThat(session.select("autocommit", NONE)).isEqualTo(1L);
        assertThat(session.select("version", NONE)).isEqualTo("8.0.40");
        assertThat(session.select("version_comment", NONE)).isEqualTo("Sprocket");
        assertThat(session.select("sql_select_limit", NONE)).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(session.select("long_query_time", NONE)).isEqualTo(10.0);
        assertThat(session.select("transaction_isolation", NONE)).isEqualTo("REPEATABLE-READ");
        assertThat(session.select("ssl_crl", NONE)).isNull();
        assertThat(session.select("pseudo_thread_id", NONE)).isEqualTo(7L);
        assertThat(session.column("max_allowed_packet", NONE, "@@max_allowed_packet").name())
                .isEqualTo("@@max_allowed_packet");
    }

    @Test
    void identityIsLastInsertId() {
        session.setLastInsertId(42);
        assertThat(session.select("identity", NONE)).isEqualTo(42L);
        session.set(NONE, "identity", 5L, warnings);
        assertThat(session.select("last_insert_id", NONE)).isEqualTo(5L);
        assertThat(session.lastInsertId()).isEqualTo(5L);
    }

    @Test
    void timestampIsNowUntilSet() {
        assertThat(session.timestamp()).isEqualTo(Instant.parse("2026-11-22T19:00:00Z").getEpochSecond() + 0.123456);
        session.set(NONE, "timestamp", 1000000000L, warnings);
        assertThat(session.select("timestamp", NONE)).isEqualTo(1.0e9);
        assertThat(session.show(NONE, "timestamp")).containsExactly(new VariableRow("timestamp", "1000000000.000000"));
        session.setDefault(NONE, "timestamp", warnings);
        assertThat(session.timestamp()).isGreaterThan(1.7e9);
        assertThat(error(() -> session.set(NONE, "timestamp", -1L, warnings)).errno()).isEqualTo(1231);
    }

    @Test
    void randSeedsAreSettableButReadAsZero() {
        session.set(NONE, "rand_seed1", 12345L, warnings);
        assertThat(session.select("rand_seed1", NONE)).isEqualTo(0L);
    }

    @Test
    void charsetAndCollationMoveTogether() {
        session.set(NONE, "character_set_connection", "latin1", warnings);
        assertThat(session.collationConnection()).isEqualTo("latin1_swedish_ci");
        session.set(NONE, "collation_connection", "utf8mb3_bin", warnings);
        assertThat(session.characterSetConnection()).isEqualTo("utf8mb3");
        session.set(NONE, "character_set_connection", "utf8mb4", warnings);
        assertThat(session.collationConnection()).isEqualTo("utf8mb4_0900_ai_ci");
        session.set(NONE, "default_collation_for_utf8mb4", "utf8mb4_general_ci", warnings);
        session.set(NONE, "character_set_server", "utf8mb4", warnings);
        assertThat(session.collationServer()).isEqualTo("utf8mb4_general_ci");
        session.set(GLOBAL, "collation_server", "latin1_bin", warnings);
        assertThat(globals.select("character_set_server")).isEqualTo("latin1");
    }

    @Test
    void setNames() {
        session.setNames("latin1", null, warnings);
        assertThat(session.characterSetClient()).isEqualTo("latin1");
        assertThat(session.characterSetResults()).isEqualTo("latin1");
        assertThat(session.collationConnection()).isEqualTo("latin1_swedish_ci");
        session.setNames("utf8mb4", "utf8mb4_bin", warnings);
        assertThat(session.collationConnection()).isEqualTo("utf8mb4_bin");
        SqlException e = error(() -> session.setNames("utf8mb4", "latin1_bin", warnings));
        assertThat(e.errno()).isEqualTo(1253);
        assertThat(e.getMessage()).isEqualTo("COLLATION 'latin1_bin' is not valid for CHARACTER SET 'utf8mb4'");
        assertThat(error(() -> session.setNames("nope", null, warnings)).errno()).isEqualTo(1115);
        session.setNames(null, null, warnings);
        assertThat(session.characterSetConnection()).isEqualTo("utf8mb4");
        assertThat(session.collationConnection()).isEqualTo("utf8mb4_0900_ai_ci");
        session.set(NONE, "character_set_results", null, warnings);
        assertThat(session.characterSetResults()).isNull();
        assertThat(session.show(NONE, "character_set_results")).containsExactly(
                new VariableRow("character_set_results", ""));
    }

    @Test
    void setCharacterSet() {
        session.setCharacterSet("latin1", warnings);
        assertThat(session.characterSetClient()).isEqualTo("latin1");
        assertThat(session.characterSetResults()).isEqualTo("latin1");
        assertThat(session.characterSetConnection()).isEqualTo("utf8mb4");
        session.setCharacterSet(null, warnings);
        assertThat(session.characterSetClient()).isEqualTo("utf8mb4");
    }

    @Test
    void showVariablesSortedWithLikeAndScopes() {
        session.set(NONE, "autocommit", 0L, warnings);
        assertThat(session.show(NONE, "AUTOCOMMIT")).containsExactly(new VariableRow("autocommit", "OFF"));
        assertThat(session.show(GLOBAL, "autocommit")).containsExactly(new VariableRow("autocommit", "ON"));
        assertThat(session.show(SESSION, "character\\_set\\_%")).extracting(VariableRow::name).containsExactly(
                "character_set_client", "character_set_connection", "character_set_database",
                "character_set_filesystem", "character_set_results", "character_set_server",
                "character_set_system");
        assertThat(session.show(GLOBAL, "warning_count")).isEmpty();
        assertThat(session.show(SESSION, "warning_count")).containsExactly(new VariableRow("warning_count", "0"));
        assertThat(session.show(NONE, "sql_mode")).containsExactly(new VariableRow("sql_mode",
                "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
                        + "NO_ENGINE_SUBSTITUTION"));
        var all = session.show(NONE, null);
        assertThat(all).extracting(VariableRow::name).isSorted();
        assertThat(all.size()).isGreaterThan(globals.show(null).size());
    }

    @Test
    void engineMaintainedCounters() {
        session.setInternal("warning_count", 3L);
        assertThat(session.select("warning_count", NONE)).isEqualTo(3L);
        assertThat(error(() -> session.set(NONE, "warning_count", 1L, warnings)).errno()).isEqualTo(1238);
    }

    @Test
    void startupOptionsOverrideDefaultsIncludingReadOnlyOnes() {
        GlobalVariables configured = GlobalVariables.create(VariableCatalog.mysql80(), Map.of(
                "port", "3307", "hostname", "db1", "sql-mode", "ANSI", "character_set_server", "latin1",
                "autocommit", "0"));
        assertThat(configured.select("port")).isEqualTo(3307L);
        assertThat(configured.select("hostname")).isEqualTo("db1");
        assertThat(configured.select("collation_server")).isEqualTo("latin1_swedish_ci");
        assertThat(configured.select("autocommit")).isEqualTo(0L);
        SessionVariables s = new SessionVariables(configured, 1);
        assertThat(s.has(SqlMode.ANSI)).isTrue();
        assertThat(s.autocommit()).isFalse();
        assertThatThrownBy(() -> GlobalVariables.create(VariableCatalog.mysql80(), Map.of("nope", "1")))
                .hasMessage("Unknown system variable 'nope'");
    }

    @Test
    void globalChangeCounter() {
        long before = globals.changeCount();
        session.set(GLOBAL, "max_connections", 10L, warnings);
        assertThat(globals.changeCount()).isEqualTo(before + 1);
        assertThat(globals.select("max_connections")).isEqualTo(10L);
    }

    @Test
    void optimizerSwitchAssignmentsChangeOnlyTheNamedFlags() {
        String initial = (String) session.select("optimizer_switch", NONE);
        assertThat(initial).startsWith("index_merge=on,index_merge_union=on,").contains(",mrr=on,")
                .contains("batched_key_access=off").endsWith("hash_set_operations=on");
        session.set(NONE, "optimizer_switch", "MRR=OFF,batched_key_access=on", warnings);
        String changed = (String) session.select("optimizer_switch", NONE);
        assertThat(changed).contains(",mrr=off,").contains("batched_key_access=on").contains("hash_join=on");
        session.set(NONE, "optimizer_switch", "", warnings);
        assertThat(session.select("optimizer_switch", NONE)).isEqualTo(changed);
        session.set(NONE, "optimizer_switch", "mrr=default", warnings);
        assertThat((String) session.select("optimizer_switch", NONE)).contains(",mrr=on,")
                .contains("batched_key_access=on");
        session.set(NONE, "optimizer_switch", "default", warnings);
        assertThat(session.select("optimizer_switch", NONE)).isEqualTo(initial);
        assertThat(error(() -> session.set(NONE, "optimizer_switch", "mrr=on,foo=off", warnings)).getMessage())
                .isEqualTo("Variable 'optimizer_switch' can't be set to the value of 'foo=off'");
        assertThat(error(() -> session.set(NONE, "optimizer_switch", "mrr=maybe", warnings)).getMessage())
                .isEqualTo("Variable 'optimizer_switch' can't be set to the value of 'mrr=maybe'");
        assertThat(error(() -> session.set(NONE, "optimizer_switch", "mrr=on,mrr=off", warnings)).getMessage())
                .isEqualTo("Variable 'optimizer_switch' can't be set to the value of 'mrr=off'");
        assertThat(error(() -> session.set(NONE, "optimizer_switch", null, warnings)).errno()).isEqualTo(1231);
    }

    @Test
    void localesAreValidated() {
        session.set(NONE, "lc_time_names", "de_de", warnings);
        assertThat(session.select("lc_time_names", NONE)).isEqualTo("de_DE");
        SqlException e = error(() -> session.set(NONE, "lc_time_names", "xx_YY", warnings));
        assertThat(e.errno()).isEqualTo(1649);
        assertThat(e.getMessage()).isEqualTo("Unknown locale: 'xx_YY'");
    }

    @Test
    void sessionTrackingReportsTrackedVariablesChangedBySet() {
        assertThat(session.drainTrackedChanges()).isEmpty();
        session.set(NONE, "autocommit", 0L, warnings);
        session.set(NONE, "sql_mode", "", warnings); // not in the default tracked list
        session.set(NONE, "time_zone", "+01:00", warnings);
        assertThat(session.drainTrackedChanges()).containsExactly(new VariableRow("autocommit", "OFF"),
                new VariableRow("time_zone", "+01:00"));
        assertThat(session.drainTrackedChanges()).isEmpty();
        session.setNames("latin1", null, warnings);
        assertThat(session.drainTrackedChanges()).extracting(VariableRow::name).containsExactly(
                "character_set_client", "character_set_connection", "character_set_results");
        session.set(NONE, "session_track_system_variables", "*", warnings);
        session.drainTrackedChanges();
        session.set(NONE, "sql_mode", "ANSI_QUOTES", warnings);
        assertThat(session.drainTrackedChanges()).containsExactly(new VariableRow("sql_mode", "ANSI_QUOTES"));
        session.setInternal("warning_count", 2L);
        assertThat(session.drainTrackedChanges()).isEmpty();
    }

    @Test
    void handshakeCollationSetsTheConnectionCharsets() {
        session.applyHandshakeCollation(45);
        assertThat(session.characterSetClient()).isEqualTo("utf8mb4");
        assertThat(session.collationConnection()).isEqualTo("utf8mb4_general_ci");
        session.applyHandshakeCollation(8);
        assertThat(session.characterSetResults()).isEqualTo("latin1");
        assertThat(session.collationConnection()).isEqualTo("latin1_swedish_ci");
        session.applyHandshakeCollation(35); // ucs2: not usable by a client, ignored
        assertThat(session.characterSetClient()).isEqualTo("latin1");
        session.applyHandshakeCollation(12345);
        assertThat(session.characterSetClient()).isEqualTo("latin1");
    }

    @Test
    void useDatabaseSetsDatabaseCharset() {
        session.setDatabaseDefaults("latin1", "latin1_bin");
        assertThat(session.characterSetDatabase()).isEqualTo("latin1");
        assertThat(session.collationDatabase()).isEqualTo("latin1_bin");
        session.setDatabaseDefaults(null, null);
        assertThat(session.collationDatabase()).isEqualTo("utf8mb4_0900_ai_ci");
    }

    @Test
    void aStatementWithSeveralAssignmentsChecksAllBeforeApplyingAny() {
        // oracle: SET autocommit=0, auto_increment_increment=70000, sql_mode='foo' changes nothing, keeps 1292
        java.util.List<Assignment> checked = new java.util.ArrayList<>();
        SqlException e = error(() -> {
            checked.add(session.check(NONE, "autocommit", 0L, warnings));
            checked.add(session.check(NONE, "auto_increment_increment", 70000L, warnings));
            checked.add(session.check(NONE, "sql_mode", "foo", warnings));
        });
        assertThat(e.errno()).isEqualTo(1231);
        assertThat(session.autocommit()).isTrue();
        assertThat(session.autoIncrementIncrement()).isEqualTo(1);
        assertThat(warnings.conditions).extracting(c -> c.errno()).containsExactly(1292);
        assertThat(checked).hasSize(2);

        Assignment a = session.check(NONE, "autocommit", 0L, warnings);
        Assignment b = session.check(GLOBAL, "max_connections", 42L, warnings);
        Assignment c = session.checkDefault(SESSION, "sql_mode");
        assertThat(session.autocommit()).isTrue();
        session.apply(a, warnings);
        session.apply(b, warnings);
        session.apply(c, warnings);
        assertThat(session.autocommit()).isFalse();
        assertThat(globals.select("max_connections")).isEqualTo(42L);
    }

    @Test
    void storedProgramsRunUnderTheirCreationContext() {
        session.set(NONE, "sql_mode", "ANSI_QUOTES", warnings);
        session.setNames("latin1", null, warnings);
        CreationContext recorded = session.creationContext();
        assertThat(recorded.sqlModeText()).isEqualTo("ANSI_QUOTES");
        assertThat(recorded.characterSetClient()).isEqualTo("latin1");
        assertThat(recorded.collationConnection()).isEqualTo("latin1_swedish_ci");
        assertThat(recorded.collationDatabase()).isEqualTo("utf8mb4_0900_ai_ci");

        session.set(NONE, "sql_mode", "TRADITIONAL", warnings);
        session.setNames("utf8mb4", null, warnings);
        CreationContext previous = session.enter(recorded);
        try {
            assertThat(session.select("sql_mode", NONE)).isEqualTo("ANSI_QUOTES");
            assertThat(session.has(SqlMode.ANSI_QUOTES)).isTrue();
            assertThat(session.characterSetClient()).isEqualTo("latin1");
            assertThat(session.characterSetConnection()).isEqualTo("latin1");
        } finally {
            session.leave(previous);
        }
        assertThat(session.has(SqlMode.TRADITIONAL)).isTrue();
        assertThat(session.characterSetClient()).isEqualTo("utf8mb4");
        assertThat(session.collationConnection()).isEqualTo("utf8mb4_0900_ai_ci");
    }
}
