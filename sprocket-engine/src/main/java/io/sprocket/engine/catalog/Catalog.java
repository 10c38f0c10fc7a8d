package io.sprocket.engine.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable snapshot of the catalog at one version. Database and table names are case-sensitive
 * (lower_case_table_names = 0, as on Linux). DDL builds a new snapshot with the with/without methods and
 * publishes it after its storage transaction commits.
 */
public final class Catalog {
    private final long version;
    private final Map<String, DatabaseDef> databases;
    /** schema -> (table name -> def). */
    private final Map<String, Map<String, TableDef>> tables;
    /** schema -> (RoutineDef.key -> def). */
    private final Map<String, Map<String, RoutineDef>> routines;
    /** schema -> (EventDef.key -> def). */
    private final Map<String, Map<String, EventDef>> events;
    /** schema -> (trigger name -> def); trigger names are case-sensitive, as table names. */
    private final Map<String, Map<String, TriggerDef>> triggers;
    /** schema -> (view name -> def); views share the table name space (case-sensitive like tables). */
    private final Map<String, Map<String, ViewDef>> views;

    public Catalog(long version, Map<String, DatabaseDef> databases, Map<String, Map<String, TableDef>> tables) {
        this(version, databases, tables, Map.of());
    }

    public Catalog(long version, Map<String, DatabaseDef> databases, Map<String, Map<String, TableDef>> tables,
                   Map<String, Map<String, RoutineDef>> routines) {
        this(version, databases, tables, routines, Map.of(), Map.of(), Map.of());
    }

    public Catalog(long version, Map<String, DatabaseDef> databases, Map<String, Map<String, TableDef>> tables,
                   Map<String, Map<String, RoutineDef>> routines, Map<String, Map<String, EventDef>> events,
                   Map<String, Map<String, TriggerDef>> triggers, Map<String, Map<String, ViewDef>> views) {
        this.version = version;
        Map<String, Map<String, EventDef>> e = new TreeMap<>();
        events.forEach((schema, byKey) -> e.put(schema, Collections.unmodifiableMap(new TreeMap<>(byKey))));
        this.events = Collections.unmodifiableMap(e);
        Map<String, Map<String, TriggerDef>> tr = new TreeMap<>();
        triggers.forEach((schema, byName) -> tr.put(schema, Collections.unmodifiableMap(new TreeMap<>(byName))));
        this.triggers = Collections.unmodifiableMap(tr);
        Map<String, Map<String, ViewDef>> v = new TreeMap<>();
        views.forEach((schema, byName) -> v.put(schema, Collections.unmodifiableMap(new TreeMap<>(byName))));
        this.views = Collections.unmodifiableMap(v);
        Map<String, Map<String, RoutineDef>> r = new TreeMap<>();
        routines.forEach((schema, byKey) -> r.put(schema, Collections.unmodifiableMap(new TreeMap<>(byKey))));
        this.routines = Collections.unmodifiableMap(r);
        this.databases = Collections.unmodifiableMap(new TreeMap<>(databases));
        Map<String, Map<String, TableDef>> copy = new TreeMap<>();
        tables.forEach((schema, byName) -> copy.put(schema, Collections.unmodifiableMap(new TreeMap<>(byName))));
        this.tables = Collections.unmodifiableMap(copy);
    }

    public static Catalog empty() {
        return new Catalog(0, Map.of(), Map.of());
    }

    public long version() { return version; }

    public DatabaseDef database(String name) {
        return databases.get(name);
    }

    /** All databases, sorted by name. */
    public Collection<DatabaseDef> databases() {
        return databases.values();
    }

    public TableDef table(String schema, String name) {
        Map<String, TableDef> byName = tables.get(schema);
        return byName == null ? null : byName.get(name);
    }

    /** The tables of {@code schema}, sorted by name. */
    public List<TableDef> tables(String schema) {
        Map<String, TableDef> byName = tables.get(schema);
        return byName == null ? List.of() : new ArrayList<>(byName.values());
    }

    public Catalog withDatabase(DatabaseDef db) {
        Map<String, DatabaseDef> dbs = new TreeMap<>(databases);
        dbs.put(db.name(), db);
        return new Catalog(version + 1, dbs, tables, routines, events, triggers, views);
    }

    /** Removes the database and all its tables. */
    public Catalog withoutDatabase(String name) {
        Map<String, DatabaseDef> dbs = new TreeMap<>(databases);
        dbs.remove(name);
        Map<String, Map<String, TableDef>> t = new TreeMap<>(tables);
        t.remove(name);
        Map<String, Map<String, RoutineDef>> r = new TreeMap<>(routines);
        r.remove(name);
        Map<String, Map<String, EventDef>> e = new TreeMap<>(events);
        e.remove(name);
        Map<String, Map<String, TriggerDef>> tr = new TreeMap<>(triggers);
        tr.remove(name);
        Map<String, Map<String, ViewDef>> v = new TreeMap<>(views);
        v.remove(name);
        return new Catalog(version + 1, dbs, t, r, e, tr, v);
    }

    public Catalog withTable(TableDef table) {
        Objects.requireNonNull(table);
        Map<String, Map<String, TableDef>> t = new TreeMap<>(tables);
        Map<String, TableDef> byName = new TreeMap<>(t.getOrDefault(table.schema(), Map.of()));
        byName.put(table.name(), table);
        t.put(table.schema(), byName);
        return new Catalog(version + 1, databases, t, routines, events, triggers, views);
    }

    public Catalog withoutTable(String schema, String name) {
        Map<String, Map<String, TableDef>> t = new TreeMap<>(tables);
        Map<String, TableDef> byName = new TreeMap<>(t.getOrDefault(schema, Map.of()));
        byName.remove(name);
        t.put(schema, byName);
        return new Catalog(version + 1, databases, t, routines, events, triggers, views);
    }

    /** The procedure or function {@code name} (case-insensitive) of {@code schema}, or null. */
    public RoutineDef routine(String schema, io.sprocket.sql.ast.RoutineKind kind, String name) {
        Map<String, RoutineDef> byKey = routines.get(schema);
        return byKey == null ? null : byKey.get(RoutineDef.key(kind, name));
    }

    /** The routines of {@code schema}: functions then procedures, each sorted by lower-cased name. */
    public List<RoutineDef> routines(String schema) {
        Map<String, RoutineDef> byKey = routines.get(schema);
        return byKey == null ? List.of() : new ArrayList<>(byKey.values());
    }

    /** Every routine of every database, by schema then key. */
    public List<RoutineDef> allRoutines() {
        List<RoutineDef> all = new ArrayList<>();
        routines.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    public Catalog withRoutine(RoutineDef routine) {
        Map<String, Map<String, RoutineDef>> r = new TreeMap<>(routines);
        Map<String, RoutineDef> byKey = new TreeMap<>(r.getOrDefault(routine.schema(), Map.of()));
        byKey.put(routine.key(), routine);
        r.put(routine.schema(), byKey);
        return new Catalog(version + 1, databases, tables, r, events, triggers, views);
    }

    public Catalog withoutRoutine(String schema, io.sprocket.sql.ast.RoutineKind kind, String name) {
        Map<String, Map<String, RoutineDef>> r = new TreeMap<>(routines);
        Map<String, RoutineDef> byKey = new TreeMap<>(r.getOrDefault(schema, Map.of()));
        byKey.remove(RoutineDef.key(kind, name));
        r.put(schema, byKey);
        return new Catalog(version + 1, databases, tables, r, events, triggers, views);
    }

    /** The event {@code name} (case-insensitive) of {@code schema}, or null. */
    public EventDef event(String schema, String name) {
        Map<String, EventDef> byKey = events.get(schema);
        return byKey == null ? null : byKey.get(EventDef.key(name));
    }

    /** Every event of every database, by schema then lower-cased name. */
    public List<EventDef> allEvents() {
        List<EventDef> all = new ArrayList<>();
        events.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    public Catalog withEvent(EventDef event) {
        return new Catalog(version + 1, databases, tables, routines, putEvent(event), triggers, views);
    }

    /**
     * The same catalog version with {@code event} replaced: what the scheduler records after a run (LAST_EXECUTED),
     * which changes nothing that compiled plans or programs depend on.
     */
    public Catalog withEventRun(EventDef event) {
        return new Catalog(version, databases, tables, routines, putEvent(event), triggers, views);
    }

    private Map<String, Map<String, EventDef>> putEvent(EventDef event) {
        Map<String, Map<String, EventDef>> e = new TreeMap<>(events);
        Map<String, EventDef> byKey = new TreeMap<>(e.getOrDefault(event.schema(), Map.of()));
        byKey.put(event.key(), event);
        e.put(event.schema(), byKey);
        return e;
    }

    public Catalog withoutEvent(String schema, String name) {
        Map<String, Map<String, EventDef>> e = new TreeMap<>(events);
        Map<String, EventDef> byKey = new TreeMap<>(e.getOrDefault(schema, Map.of()));
        byKey.remove(EventDef.key(name));
        e.put(schema, byKey);
        return new Catalog(version + 1, databases, tables, routines, e, triggers, views);
    }

    /** The trigger {@code name} of {@code schema} (case-sensitive), or null. */
    public TriggerDef trigger(String schema, String name) {
        Map<String, TriggerDef> byName = triggers.get(schema);
        return byName == null ? null : byName.get(name);
    }

    /** The triggers of {@code schema}, sorted by name. */
    public List<TriggerDef> triggers(String schema) {
        Map<String, TriggerDef> byName = triggers.get(schema);
        return byName == null ? List.of() : new ArrayList<>(byName.values());
    }

    /** Every trigger of every database, by schema then name (e.g. to find the objects an account defines). */
    public List<TriggerDef> allTriggers() {
        List<TriggerDef> all = new ArrayList<>();
        triggers.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    /** Adds or replaces triggers (all in one new version). */
    public Catalog withTriggers(List<TriggerDef> changed) {
        Map<String, Map<String, TriggerDef>> tr = new TreeMap<>(triggers);
        for (TriggerDef d : changed) {
            Map<String, TriggerDef> byName = new TreeMap<>(tr.getOrDefault(d.schema(), Map.of()));
            byName.put(d.name(), d);
            tr.put(d.schema(), byName);
        }
        return new Catalog(version + 1, databases, tables, routines, events, tr, views);
    }

    public Catalog withoutTrigger(String schema, String name) {
        Map<String, Map<String, TriggerDef>> tr = new TreeMap<>(triggers);
        Map<String, TriggerDef> byName = new TreeMap<>(tr.getOrDefault(schema, Map.of()));
        byName.remove(name);
        tr.put(schema, byName);
        return new Catalog(version + 1, databases, tables, routines, events, tr, views);
    }

    /** The view {@code schema.name}, or null. */
    public ViewDef view(String schema, String name) {
        Map<String, ViewDef> byName = views.get(schema);
        return byName == null ? null : byName.get(name);
    }

    /** The views of {@code schema}, sorted by name. */
    public List<ViewDef> views(String schema) {
        Map<String, ViewDef> byName = views.get(schema);
        return byName == null ? List.of() : new ArrayList<>(byName.values());
    }

    /** Every view of every database, by schema then name (e.g. to find the views an account is DEFINER of). */
    public List<ViewDef> allViews() {
        List<ViewDef> all = new ArrayList<>();
        views.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    public Catalog withView(ViewDef view) {
        Map<String, Map<String, ViewDef>> v = new TreeMap<>(views);
        Map<String, ViewDef> byName = new TreeMap<>(v.getOrDefault(view.schema(), Map.of()));
        byName.put(view.name(), view);
        v.put(view.schema(), byName);
        return new Catalog(version + 1, databases, tables, routines, events, triggers, v);
    }

    public Catalog withoutView(String schema, String name) {
        Map<String, Map<String, ViewDef>> v = new TreeMap<>(views);
        Map<String, ViewDef> byName = new TreeMap<>(v.getOrDefault(schema, Map.of()));
        byName.remove(name);
        v.put(schema, byName);
        return new Catalog(version + 1, databases, tables, routines, events, triggers, v);
    }
}
