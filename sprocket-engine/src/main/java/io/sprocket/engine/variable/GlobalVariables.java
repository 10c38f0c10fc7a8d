package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The server-wide values (the GLOBAL side of every GLOBAL or BOTH variable). Thread-safe: reads are lock-free,
 * writes are serialised so that linked variables (a charset and its collation) change together.
 * {@link #changeCount()} grows with every SET GLOBAL, so a cache can notice. SET PERSIST values are kept as
 * option text in {@link #persisted()}; the engine stores them (e.g. in its catalog) and passes them back to
 * {@link #create(VariableCatalog, Map, Map)} at the next start. A persisted NULL string comes back as ''.
 */
public final class GlobalVariables {
    private final VariableCatalog catalog;
    private final AtomicReferenceArray<Object> values;
    private final AtomicLong changes = new AtomicLong();
    private final SortedMap<String, String> persisted = new TreeMap<>();
    private final LinkedVariables.Store store = new LinkedVariables.Store() {
        @Override
        public Object get(String name) {
            return value(catalog.require(name));
        }

        @Override
        public void put(String name, Object value) {
            values.set(catalog.indexOf(catalog.require(name)), value);
        }
    };

    private GlobalVariables(VariableCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog);
        this.values = new AtomicReferenceArray<>(catalog.size());
        for (SystemVariable variable : catalog.all()) {
            values.set(catalog.indexOf(variable), variable.defaultValue());
        }
    }

    /** MySQL 8.0's compiled defaults. */
    public static GlobalVariables defaults() {
        return new GlobalVariables(VariableCatalog.mysql80());
    }

    /**
     * The values a server starts with: compiled defaults overridden by start-up options given as text
     * (e.g. {@code port=3307}, {@code hostname=db1}, {@code sql_mode=ANSI}), read-only variables included.
     * An unknown name or a bad value throws SqlException (1193, 1231, ...).
     */
    public static GlobalVariables create(VariableCatalog catalog, Map<String, String> startupOptions) {
        return create(catalog, startupOptions, Map.of());
    }

    /**
     * As {@link #create(VariableCatalog, Map)}, then applies the values a previous run persisted (they win over
     * options, as MySQL's mysqld-auto.cnf does) and remembers them for RESET PERSIST.
     */
    public static GlobalVariables create(VariableCatalog catalog, Map<String, String> startupOptions,
                                         Map<String, String> persistedValues) {
        GlobalVariables globals = new GlobalVariables(catalog);
        startupOptions.forEach(globals::applyOption);
        persistedValues.forEach((name, text) -> {
            SystemVariable variable = globals.applyOption(name, text);
            globals.persisted.put(variable.name(), text);
        });
        return globals;
    }

    private SystemVariable applyOption(String name, String text) {
        SystemVariable variable = catalog.require(name.replace('-', '_'));
        Object value = variable.type().fromOption(variable.name(), text);
        values.set(catalog.indexOf(variable), value);
        LinkedVariables.afterSet(variable.name(), value, store, catalog.charsets());
        return variable;
    }

    public VariableCatalog catalog() {
        return catalog;
    }

    /** The stored global value (null for a SESSION-only variable, which has none). */
    public Object value(SystemVariable variable) {
        return values.get(catalog.indexOf(variable));
    }

    /**
     * {@code @@global.name}: the definition, after MySQL's checks: 1193 unknown, 1238 "is a SESSION variable"
     * for a session-only one.
     */
    public SystemVariable resolve(String name) {
        SystemVariable variable = catalog.require(name);
        if (!variable.scope().hasGlobal()) {
            throw new SqlException(ErrorCode.ER_INCORRECT_GLOBAL_LOCAL_VAR, variable.name(), "SESSION");
        }
        return variable;
    }

    /** {@code SELECT @@global.name} as a wire value. */
    public Object select(String name) {
        SystemVariable variable = resolve(name);
        return variable.type().select(value(variable));
    }

    /** {@code SET GLOBAL name = value}: checks, converts (warnings to {@code warnings}), stores. */
    public SystemVariable set(String name, Object input, Warnings warnings) {
        return apply(check(ScopeKeyword.GLOBAL, name, input, warnings), warnings);
    }

    /** {@code SET GLOBAL name = DEFAULT}: the compiled default. */
    public SystemVariable setDefault(String name) {
        return apply(checkDefault(ScopeKeyword.GLOBAL, name), Warnings.IGNORE);
    }

    /**
     * The checking half of {@code SET GLOBAL|PERSIST|PERSIST_ONLY name = value}: raises every error (1193,
     * 1238, 1228, the type's own) and reports clamping warnings, changes nothing.
     */
    public Assignment check(ScopeKeyword scope, String name, Object input, Warnings warnings) {
        SystemVariable variable = checkScope(scope, name);
        return new Assignment(variable, scope, variable.type().assign(variable.name(), value(variable), input,
                warnings));
    }

    /** The checking half of {@code SET GLOBAL|PERSIST|PERSIST_ONLY name = DEFAULT} (the compiled default). */
    public Assignment checkDefault(ScopeKeyword scope, String name) {
        SystemVariable variable = checkScope(scope, name);
        return new Assignment(variable, scope, variable.defaultValue());
    }

    private SystemVariable checkScope(ScopeKeyword scope, String name) {
        return switch (scope) {
            case GLOBAL, PERSIST -> checkSettable(name);
            case PERSIST_ONLY -> checkPersistOnly(name);
            case NONE, SESSION -> throw new IllegalArgumentException("not a global assignment: " + scope);
        };
    }

    /** Applies a checked GLOBAL, PERSIST or PERSIST_ONLY assignment; returns its variable. */
    public SystemVariable apply(Assignment assignment, Warnings warnings) {
        SystemVariable variable = assignment.variable();
        if (assignment.scope() != ScopeKeyword.PERSIST_ONLY) {
            store(variable, assignment.value());
            warnAboutPacketSizes(variable, warnings);
        }
        if (assignment.scope() != ScopeKeyword.GLOBAL) record(variable, assignment.value());
        return variable;
    }

    /** MySQL warns (1708) when a SET leaves max_allowed_packet below net_buffer_length. */
    private void warnAboutPacketSizes(SystemVariable variable, Warnings warnings) {
        if (!variable.name().equals("max_allowed_packet") && !variable.name().equals("net_buffer_length")) return;
        long maxAllowedPacket = (Long) value(catalog.require("max_allowed_packet"));
        long netBufferLength = (Long) value(catalog.require("net_buffer_length"));
        if (maxAllowedPacket < netBufferLength) {
            warnings.warn(ErrorCode.WARN_OPTION_BELOW_LIMIT, "max_allowed_packet", "net_buffer_length");
        }
    }

    private SystemVariable checkSettable(String name) {
        SystemVariable variable = catalog.require(name);
        if (variable.readOnly()) throw new SqlException(ErrorCode.ER_INCORRECT_GLOBAL_LOCAL_VAR, variable.name(),
                "read only");
        if (!variable.scope().hasGlobal()) throw new SqlException(ErrorCode.ER_LOCAL_VARIABLE, variable.name());
        return variable;
    }

    private synchronized void store(SystemVariable variable, Object value) {
        values.set(catalog.indexOf(variable), value);
        LinkedVariables.afterSet(variable.name(), value, store, catalog.charsets());
        changes.incrementAndGet();
    }

    // ---- SET PERSIST -----------------------------------------------------------------------------------

    /**
     * Read-only variables that describe the build or the running instance: MySQL refuses to persist them
     * (1238 "is a non persistent read only variable").
     */
    private static final Set<String> NOT_PERSISTABLE = Set.of("version", "version_comment",
            "version_compile_machine", "version_compile_os", "version_compile_zlib", "innodb_version", "hostname",
            "license", "protocol_version", "character_set_system", "large_files_support", "lower_case_file_system",
            "server_uuid", "system_time_zone", "gtid_executed", "log_bin", "log_bin_basename", "log_bin_index",
            "have_compress", "have_dynamic_loading", "have_geometry", "have_openssl", "have_profiling",
            "have_rtree_keys", "have_ssl", "have_statement_timeout", "have_symlink", "pid_file", "datadir",
            "basedir", "plugin_dir", "persisted_globals_load");

    /** {@code SET PERSIST name = value}: SET GLOBAL, then records the new value for the next start. */
    public SystemVariable persist(String name, Object input, Warnings warnings) {
        return apply(check(ScopeKeyword.PERSIST, name, input, warnings), warnings);
    }

    /** {@code SET PERSIST name = DEFAULT}. */
    public SystemVariable persistDefault(String name) {
        return apply(checkDefault(ScopeKeyword.PERSIST, name), Warnings.IGNORE);
    }

    /**
     * {@code SET PERSIST_ONLY name = value}: validates and records the value for the next start without
     * changing the running value; unlike PERSIST it accepts read-only variables, except those describing the
     * build or instance (1238 "non persistent read only").
     */
    public SystemVariable persistOnly(String name, Object input, Warnings warnings) {
        return apply(check(ScopeKeyword.PERSIST_ONLY, name, input, warnings), warnings);
    }

    /** {@code SET PERSIST_ONLY name = DEFAULT}. */
    public SystemVariable persistOnlyDefault(String name) {
        return apply(checkDefault(ScopeKeyword.PERSIST_ONLY, name), Warnings.IGNORE);
    }

    private SystemVariable checkPersistOnly(String name) {
        SystemVariable variable = catalog.require(name);
        if (NOT_PERSISTABLE.contains(variable.name())) {
            throw new SqlException(ErrorCode.ER_INCORRECT_GLOBAL_LOCAL_VAR, variable.name(),
                    "non persistent read only");
        }
        if (!variable.scope().hasGlobal()) throw new SqlException(ErrorCode.ER_LOCAL_VARIABLE, variable.name());
        return variable;
    }

    private synchronized void record(SystemVariable variable, Object value) {
        persisted.put(variable.name(), variable.type().show(value));
    }

    /**
     * {@code RESET PERSIST [[IF EXISTS] name]}: forgets one persisted value ({@code name} null: all of them).
     * A name not persisted gives 3615, or with IF EXISTS a warning 3615.
     */
    public synchronized void resetPersist(String name, boolean ifExists, Warnings warnings) {
        if (name == null) {
            persisted.clear();
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (persisted.remove(key) == null) {
            if (!ifExists) throw new SqlException(ErrorCode.ER_VAR_DOES_NOT_EXIST, name);
            warnings.warn(ErrorCode.ER_VAR_DOES_NOT_EXIST, name);
        }
    }

    /**
     * The persisted values as option text (name to the SHOW text), sorted by name: what the engine stores
     * and hands back to {@link #create} at the next start; also the rows of
     * performance_schema.persisted_variables.
     */
    public synchronized SortedMap<String, String> persisted() {
        return new TreeMap<>(persisted);
    }

    /** Counts SET GLOBAL statements that changed something (a cache key, not a value). */
    public long changeCount() {
        return changes.get();
    }

    /** SHOW GLOBAL VARIABLES [LIKE pattern] rows, sorted by name; {@code likePattern} may be null. */
    public List<VariableRow> show(String likePattern) {
        LikePattern pattern = likePattern == null ? null : LikePattern.of(likePattern);
        List<VariableRow> rows = new ArrayList<>();
        for (SystemVariable variable : catalog.all()) {
            if (!variable.scope().hasGlobal()) continue;
            if (pattern != null && !pattern.matches(variable.name())) continue;
            rows.add(new VariableRow(variable.name(), variable.type().show(value(variable))));
        }
        return rows;
    }
}
