package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The server-wide values (the GLOBAL side of every GLOBAL or BOTH variable). Thread-safe: reads are lock-free,
 * writes are serialised so that linked variables (a charset and its collation) change together.
 * {@link #changeCount()} grows with every SET GLOBAL, so a cache (or a later SET PERSIST store) can notice.
 */
public final class GlobalVariables {
    private final VariableCatalog catalog;
    private final AtomicReferenceArray<Object> values;
    private final AtomicLong changes = new AtomicLong();
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
        GlobalVariables globals = new GlobalVariables(catalog);
        startupOptions.forEach((name, text) -> {
            SystemVariable variable = catalog.require(name.replace('-', '_'));
            Object value = variable.type().fromOption(variable.name(), text);
            globals.values.set(catalog.indexOf(variable), value);
            LinkedVariables.afterSet(variable.name(), value, globals.store, catalog.charsets());
        });
        return globals;
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
        SystemVariable variable = checkSettable(name);
        store(variable, variable.type().assign(variable.name(), value(variable), input, warnings));
        return variable;
    }

    /** {@code SET GLOBAL name = DEFAULT}: the compiled default. */
    public SystemVariable setDefault(String name) {
        SystemVariable variable = checkSettable(name);
        store(variable, variable.defaultValue());
        return variable;
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
