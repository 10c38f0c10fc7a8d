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

    public Catalog(long version, Map<String, DatabaseDef> databases, Map<String, Map<String, TableDef>> tables) {
        this.version = version;
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
        return new Catalog(version + 1, dbs, tables);
    }

    /** Removes the database and all its tables. */
    public Catalog withoutDatabase(String name) {
        Map<String, DatabaseDef> dbs = new TreeMap<>(databases);
        dbs.remove(name);
        Map<String, Map<String, TableDef>> t = new TreeMap<>(tables);
        t.remove(name);
        return new Catalog(version + 1, dbs, t);
    }

    public Catalog withTable(TableDef table) {
        Objects.requireNonNull(table);
        Map<String, Map<String, TableDef>> t = new TreeMap<>(tables);
        Map<String, TableDef> byName = new TreeMap<>(t.getOrDefault(table.schema(), Map.of()));
        byName.put(table.name(), table);
        t.put(table.schema(), byName);
        return new Catalog(version + 1, databases, t);
    }

    public Catalog withoutTable(String schema, String name) {
        Map<String, Map<String, TableDef>> t = new TreeMap<>(tables);
        Map<String, TableDef> byName = new TreeMap<>(t.getOrDefault(schema, Map.of()));
        byName.remove(name);
        t.put(schema, byName);
        return new Catalog(version + 1, databases, t);
    }
}
