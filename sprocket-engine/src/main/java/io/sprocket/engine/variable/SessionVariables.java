package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One session's system variables: a copy of the global values taken at connect (and again on
 * COM_RESET_CONNECTION), MySQL's {@code @@x} / SET / SHOW semantics, and typed getters for the values the
 * engine consults on every statement. Not thread-safe, like the session that owns it.
 */
public final class SessionVariables {
    private final GlobalVariables globals;
    private final VariableCatalog catalog;
    private final Clock clock;
    private final long connectionId;
    private final Object[] values;
    private final LinkedVariables.Store store = new LinkedVariables.Store() {
        @Override
        public Object get(String name) {
            return values[catalog.indexOf(catalog.require(name))];
        }

        @Override
        public void put(String name, Object value) {
            store(catalog.require(name), value);
        }
    };

    // Hot values, mirrored from values[] by store() so that per-row checks are a field read.
    private long sqlMode;
    private boolean autocommit;
    private boolean foreignKeyChecks;
    private boolean uniqueChecks;
    private boolean sqlSafeUpdates;
    private boolean sameSecurityGroup;
    private boolean sqlNotes;
    private long lastInsertId;

    // Session state tracking (OK packet SESSION_TRACK_SYSTEM_VARIABLES): names changed by SET since last drain.
    private boolean tracking;
    private final Set<String> changed = new LinkedHashSet<>();

    public SessionVariables(GlobalVariables globals, long connectionId) {
        this(globals, connectionId, Clock.systemUTC());
    }

    public SessionVariables(GlobalVariables globals, long connectionId, Clock clock) {
        this.globals = Objects.requireNonNull(globals);
        this.catalog = globals.catalog();
        this.clock = Objects.requireNonNull(clock);
        this.connectionId = connectionId;
        this.values = new Object[catalog.size()];
        reset();
    }

    /** Re-initialises every session value from the current globals (connect, COM_RESET_CONNECTION). */
    public void reset() {
        for (SystemVariable variable : catalog.all()) {
            if (!variable.scope().hasSession()) continue;
            store(variable, variable.scope().hasGlobal() ? globals.value(variable) : variable.defaultValue());
        }
        store(catalog.require("pseudo_thread_id"), connectionId);
    }

    public GlobalVariables globals() {
        return globals;
    }

    // ---- @@x reads -------------------------------------------------------------------------------------

    /**
     * The definition {@code @@[scope.]name} refers to, after MySQL's checks: 1193 unknown; 1238 "is a GLOBAL
     * variable" for {@code @@session.x} of a global-only one; 1238 "is a SESSION variable" for
     * {@code @@global.x} of a session-only one.
     */
    public SystemVariable resolve(String name, ScopeKeyword scope) {
        if (scope.isGlobal()) return globals.resolve(name);
        SystemVariable variable = catalog.require(name);
        if (scope == ScopeKeyword.SESSION && !variable.scope().hasSession()) {
            throw new SqlException(ErrorCode.ER_INCORRECT_GLOBAL_LOCAL_VAR, variable.name(), "GLOBAL");
        }
        return variable;
    }

    /** {@code SELECT @@[scope.]name}: the wire value (Long / BigInteger / Double / String / null). */
    public Object select(String name, ScopeKeyword scope) {
        SystemVariable variable = resolve(name, scope);
        return variable.type().select(readValue(variable, scope));
    }

    /** Column metadata for {@code SELECT @@[scope.]name} shown under {@code alias}. */
    public ColumnMeta column(String name, ScopeKeyword scope, String alias) {
        SystemVariable variable = resolve(name, scope);
        return variable.type().column(alias, readValue(variable, scope));
    }

    /** The stored value {@code @@name} denotes: the session's when the variable has one, else the global. */
    public Object value(SystemVariable variable) {
        return readValue(variable, ScopeKeyword.NONE);
    }

    private Object readValue(SystemVariable variable, ScopeKeyword scope) {
        if (scope.isGlobal() || !variable.scope().hasSession()) return globals.value(variable);
        Object value = values[catalog.indexOf(variable)];
        if (variable.type() instanceof TimestampType && value == null) return now();
        if (variable.name().startsWith("rand_seed")) return 0L; // settable, never readable in MySQL
        return value;
    }

    private double now() {
        Instant instant = clock.instant();
        return instant.getEpochSecond() + (instant.getNano() / 1000) / 1e6;
    }

    // ---- SET ------------------------------------------------------------------------------------------

    /**
     * {@code SET [GLOBAL|SESSION|PERSIST|PERSIST_ONLY] name = value} with an already evaluated value: check
     * then apply (for one assignment; a statement with several checks them all first, see {@link Assignment}).
     * Errors: 1193 unknown, 1238 read only, 1229 SET SESSION of a global-only variable, 1228 SET GLOBAL of a
     * session-only one, 1621 session value read-only, then the type's own (1231, 1232, 1115, 1273, 1298).
     * Clamping warns 1292. PERSIST also records the value in {@link GlobalVariables#persisted()};
     * PERSIST_ONLY records it only. Returns the definition so the caller can react (autocommit commits, ...).
     */
    public SystemVariable set(ScopeKeyword scope, String name, Object value, Warnings warnings) {
        return apply(check(scope, name, value, warnings), warnings);
    }

    /**
     * {@code SET [scope] name = DEFAULT}: the session value becomes the current global value (the compiled
     * default for a session-only variable); the global value becomes the compiled default.
     */
    public SystemVariable setDefault(ScopeKeyword scope, String name, Warnings warnings) {
        return apply(checkDefault(scope, name), warnings);
    }

    /** The checking half of {@link #set}: raises every error and reports warnings, changes nothing. */
    public Assignment check(ScopeKeyword scope, String name, Object value, Warnings warnings) {
        if (scope.isGlobal()) return globals.check(scope, name, value, warnings);
        SystemVariable variable = checkSessionSettable(name);
        Object current = values[catalog.indexOf(variable)];
        return new Assignment(variable, scope, variable.type().assign(variable.name(), current, value, warnings));
    }

    /** The checking half of {@link #setDefault}. */
    public Assignment checkDefault(ScopeKeyword scope, String name) {
        if (scope.isGlobal()) return globals.checkDefault(scope, name);
        SystemVariable variable = checkSessionSettable(name);
        return new Assignment(variable, scope,
                variable.scope().hasGlobal() ? globals.value(variable) : variable.defaultValue());
    }

    /** Applies a checked assignment (the second half of a SET); returns its variable. */
    public SystemVariable apply(Assignment assignment, Warnings warnings) {
        if (assignment.scope().isGlobal()) return globals.apply(assignment, warnings);
        SystemVariable variable = assignment.variable();
        return tracked(() -> {
            store(variable, assignment.value());
            LinkedVariables.afterSet(variable.name(), assignment.value(), store, catalog.charsets());
            return variable;
        });
    }

    private SystemVariable checkSessionSettable(String name) {
        SystemVariable variable = catalog.require(name);
        if (variable.readOnly()) {
            throw new SqlException(ErrorCode.ER_INCORRECT_GLOBAL_LOCAL_VAR, variable.name(), "read only");
        }
        if (!variable.scope().hasSession()) throw new SqlException(ErrorCode.ER_GLOBAL_VARIABLE, variable.name());
        if (variable.sessionReadOnly()) {
            throw new SqlException(ErrorCode.ER_VARIABLE_IS_READONLY, "SESSION", variable.name(), "GLOBAL");
        }
        return variable;
    }

    /**
     * SET NAMES charset [COLLATE collation]: character_set_client, _connection and _results become
     * {@code charset} (null for SET NAMES DEFAULT: the global character_set_client); collation_connection
     * becomes {@code collation} or the charset's default.
     * Errors: 1115 unknown charset, 1273 unknown collation, 1253 collation of another charset,
     * 1231 a charset clients cannot use (ucs2, utf16, utf32).
     */
    public void setNames(String charset, String collation, Warnings warnings) {
        tracked(() -> {
            applyNames(charset, collation, warnings);
            return null;
        });
    }

    private void applyNames(String charset, String collation, Warnings warnings) {
        String canonical = charset == null ? (String) globals.value(catalog.require("character_set_client"))
                : (String) catalog.require("character_set_client").type()
                        .convert("character_set_client", charset, warnings);
        String collationName = collation == null
                ? LinkedVariables.defaultCollation(canonical, store, catalog.charsets())
                : (String) catalog.require("collation_connection").type()
                        .convert("collation_connection", collation, warnings);
        String collationCharset = catalog.charsets().collation(collationName).orElseThrow().charset();
        if (!collationCharset.equals(canonical)) {
            throw new SqlException(ErrorCode.ER_COLLATION_CHARSET_MISMATCH, collationName, canonical);
        }
        store.put("character_set_client", canonical);
        store.put("character_set_connection", canonical);
        store.put("character_set_results", canonical);
        store.put("collation_connection", collationName);
    }

    /**
     * SET CHARACTER SET charset (null for DEFAULT): character_set_client and _results become {@code charset}
     * (the global values for DEFAULT); the connection charset and collation follow character_set_database.
     */
    public void setCharacterSet(String charset, Warnings warnings) {
        tracked(() -> {
            applyCharacterSet(charset, warnings);
            return null;
        });
    }

    private void applyCharacterSet(String charset, Warnings warnings) {
        String canonical = charset == null ? (String) globals.value(catalog.require("character_set_client"))
                : (String) catalog.require("character_set_client").type()
                        .convert("character_set_client", charset, warnings);
        store.put("character_set_client", canonical);
        store.put("character_set_results", charset == null
                ? globals.value(catalog.require("character_set_results")) : canonical);
        store.put("character_set_connection", store.get("character_set_database"));
        store.put("collation_connection", store.get("collation_database"));
    }

    /**
     * Sets a value the engine maintains, bypassing the read-only and scope checks: warning_count and
     * error_count (from the diagnostics area before each statement), last_insert_id, insert_id,
     * character_set_database / collation_database on USE. {@code value} is in the stored form.
     */
    public void setInternal(String name, Object value) {
        SystemVariable variable = catalog.require(name);
        if (!variable.scope().hasSession()) throw new IllegalArgumentException(name + " has no session value");
        store(variable, value);
    }

    private <T> T tracked(Supplier<T> action) {
        tracking = true;
        try {
            return action.get();
        } finally {
            tracking = false;
        }
    }

    private void store(SystemVariable variable, Object value) {
        values[catalog.indexOf(variable)] = value;
        if (tracking) changed.add(variable.name());
        switch (variable.name()) {
            case "sql_mode" -> sqlMode = (Long) value;
            case "autocommit" -> autocommit = (Boolean) value;
            case "foreign_key_checks" -> foreignKeyChecks = (Boolean) value;
            case "unique_checks" -> uniqueChecks = (Boolean) value;
            case "sql_safe_updates" -> sqlSafeUpdates = (Boolean) value;
            case "sp_same_security_group" -> sameSecurityGroup = (Boolean) value;
            case "sql_notes" -> sqlNotes = (Boolean) value;
            case "last_insert_id", "identity" -> {
                // identity is MySQL's other name for last_insert_id
                lastInsertId = (Long) value;
                values[catalog.indexOf(catalog.require("last_insert_id"))] = value;
                values[catalog.indexOf(catalog.require("identity"))] = value;
            }
            default -> { }
        }
    }

    /**
     * The session variables changed by SET since the last call that session_track_system_variables lists
     * ('*' lists all), with their current SHOW text, for the OK packet's session state; clears the record.
     */
    public List<VariableRow> drainTrackedChanges() {
        if (changed.isEmpty()) return List.of();
        String tracked = stringValue("session_track_system_variables");
        Set<String> names = new HashSet<>();
        for (String name : tracked.split(",")) names.add(name.trim().toLowerCase(Locale.ROOT));
        List<VariableRow> rows = new ArrayList<>();
        for (String name : changed) {
            if (!names.contains("*") && !names.contains(name)) continue;
            SystemVariable variable = catalog.require(name);
            rows.add(new VariableRow(name, variable.type().show(value(variable))));
        }
        changed.clear();
        return rows;
    }

    /**
     * Applies the collation a client asked for in its handshake response: character_set_client,
     * _connection and _results become its charset and collation_connection the collation. An unknown id or a
     * charset clients cannot use leaves the server defaults, as MySQL does.
     */
    public void applyHandshakeCollation(int collationId) {
        var collation = catalog.charsets().collation(collationId).orElse(null);
        if (collation == null) return;
        var charset = catalog.charsets().charset(collation.charset()).orElse(null);
        if (charset == null || !charset.clientSafe()) return;
        store.put("character_set_client", charset.name());
        store.put("character_set_connection", charset.name());
        store.put("character_set_results", charset.name());
        store.put("collation_connection", collation.name());
    }

    /**
     * USE db / COM_INIT_DB: character_set_database and collation_database become the database's defaults,
     * or the server's (character_set_server, collation_server) when {@code charset} is null (no database).
     */
    public void setDatabaseDefaults(String charset, String collation) {
        store.put("character_set_database", charset == null ? stringValue("character_set_server") : charset);
        store.put("collation_database", collation == null ? stringValue("collation_server") : collation);
    }

    /** The settings a stored program created now records (see {@link CreationContext}). */
    public CreationContext creationContext() {
        return new CreationContext(sqlMode, stringValue("character_set_client"), stringValue("collation_connection"),
                stringValue("collation_database"));
    }

    /**
     * Installs a stored program's creation context for its execution (sql_mode, client charset, connection
     * and database collations, with their linked charsets) and returns the session's previous context, which
     * the invoker restores with {@link #leave} in a finally block.
     */
    public CreationContext enter(CreationContext context) {
        CreationContext previous = creationContext();
        install(context);
        return previous;
    }

    /** Restores the context {@link #enter} returned. */
    public void leave(CreationContext previous) {
        install(previous);
    }

    private void install(CreationContext context) {
        store.put("sql_mode", context.sqlMode());
        store.put("character_set_client", context.characterSetClient());
        store.put("collation_connection", context.collationConnection());
        LinkedVariables.afterSet("collation_connection", context.collationConnection(), store, catalog.charsets());
        store.put("collation_database", context.collationDatabase());
        LinkedVariables.afterSet("collation_database", context.collationDatabase(), store, catalog.charsets());
    }

    // ---- SHOW -----------------------------------------------------------------------------------------

    /**
     * SHOW [GLOBAL|SESSION] VARIABLES [LIKE pattern] rows sorted by name ({@code likePattern} null for none).
     * SESSION (and no keyword) lists every variable with its session value, or the global one when it has
     * no session value; GLOBAL lists the variables that have a global value. Also the rows of
     * performance_schema.session_variables / global_variables.
     */
    public List<VariableRow> show(ScopeKeyword scope, String likePattern) {
        if (scope.isGlobal()) return globals.show(likePattern);
        LikePattern pattern = likePattern == null ? null : LikePattern.of(likePattern);
        List<VariableRow> rows = new ArrayList<>();
        for (SystemVariable variable : catalog.all()) {
            if (pattern != null && !pattern.matches(variable.name())) continue;
            String text = variable.name().startsWith("rand_seed") ? ""
                    : variable.type().show(readValue(variable, ScopeKeyword.NONE));
            rows.add(new VariableRow(variable.name(), text));
        }
        return rows;
    }

    // ---- typed access for the engine ------------------------------------------------------------------

    public long sqlMode() {
        return sqlMode;
    }

    public boolean has(SqlMode mode) {
        return (sqlMode & mode.bit()) != 0;
    }

    /** STRICT_TRANS_TABLES or STRICT_ALL_TABLES. */
    public boolean strict() {
        return (sqlMode & (SqlMode.STRICT_TRANS_TABLES.bit() | SqlMode.STRICT_ALL_TABLES.bit())) != 0;
    }

    public boolean autocommit() {
        return autocommit;
    }

    public boolean foreignKeyChecks() {
        return foreignKeyChecks;
    }

    public boolean uniqueChecks() {
        return uniqueChecks;
    }

    /** sp_same_security_group: a chain of stored objects must share one DEFINER and SQL SECURITY (1384). */
    public boolean sameSecurityGroup() {
        return sameSecurityGroup;
    }

    public boolean sqlSafeUpdates() {
        return sqlSafeUpdates;
    }

    public boolean sqlNotes() {
        return sqlNotes;
    }

    public long lastInsertId() {
        return lastInsertId;
    }

    public void setLastInsertId(long id) {
        setInternal("last_insert_id", id);
    }

    public long innodbLockWaitTimeout() {
        return longValue("innodb_lock_wait_timeout");
    }

    public long lockWaitTimeout() {
        return longValue("lock_wait_timeout");
    }

    public long maxSpRecursionDepth() {
        return longValue("max_sp_recursion_depth");
    }

    public long divPrecisionIncrement() {
        return longValue("div_precision_increment");
    }

    public long groupConcatMaxLen() {
        return longValue("group_concat_max_len");
    }

    /** sql_select_limit as unsigned bits: -1L means no limit (18446744073709551615). */
    public long sqlSelectLimit() {
        return longValue("sql_select_limit");
    }

    public long cteMaxRecursionDepth() {
        return longValue("cte_max_recursion_depth");
    }

    public long maxExecutionTime() {
        return longValue("max_execution_time");
    }

    public long maxAllowedPacket() {
        return longValue("max_allowed_packet");
    }

    public long autoIncrementIncrement() {
        return longValue("auto_increment_increment");
    }

    public long autoIncrementOffset() {
        return longValue("auto_increment_offset");
    }

    public long insertId() {
        return longValue("insert_id");
    }

    /** 'SYSTEM', an offset like '+05:00' or a zone name; see {@link TimeZoneType#zoneOf}. */
    public String timeZone() {
        return stringValue("time_zone");
    }

    public String characterSetClient() {
        return stringValue("character_set_client");
    }

    public String characterSetConnection() {
        return stringValue("character_set_connection");
    }

    /** Null when the client asked for no conversion of results. */
    public String characterSetResults() {
        return stringValue("character_set_results");
    }

    public String collationConnection() {
        return stringValue("collation_connection");
    }

    public String characterSetDatabase() {
        return stringValue("character_set_database");
    }

    public String collationDatabase() {
        return stringValue("collation_database");
    }

    public String characterSetServer() {
        return stringValue("character_set_server");
    }

    public String collationServer() {
        return stringValue("collation_server");
    }

    public String transactionIsolation() {
        return stringValue("transaction_isolation");
    }

    public boolean transactionReadOnly() {
        return (Boolean) value(catalog.require("transaction_read_only"));
    }

    /** The session timestamp in seconds (the current time unless SET timestamp fixed it). */
    public double timestamp() {
        return (Double) value(catalog.require("timestamp"));
    }

    // Typed getters name session-scoped variables only, so the session array holds their value.
    private long longValue(String name) {
        return (Long) values[catalog.slotOf(name)];
    }

    private String stringValue(String name) {
        return (String) values[catalog.slotOf(name)];
    }
}
