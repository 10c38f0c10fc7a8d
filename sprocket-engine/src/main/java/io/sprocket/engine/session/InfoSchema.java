package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.DatabaseDef;
import io.sprocket.engine.catalog.IndexDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.exec.VirtualTable;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.type.Charset;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** information_schema: views over the catalog computed when a query reads them. */
final class InfoSchema {
    private InfoSchema() {}

    private static final SqlType NAME = SqlType.varchar(64);
    private static final SqlType TEXT = SqlType.varchar(2048);
    private static final SqlType NUM = SqlType.BIGINT_UNSIGNED;

    private record Ctx(SessionImpl session, Catalog catalog) { }

    static List<String> tableNames() {
        return List.of("CHARACTER_SETS", "COLLATIONS", "COLUMNS", "ENGINES", "EVENTS", "KEY_COLUMN_USAGE", "PARAMETERS",
                "PROCESSLIST", "ROUTINES", "SCHEMATA", "STATISTICS", "TABLES", "TRIGGERS", "VIEWS");
    }

    static VirtualTable table(SessionImpl session, Catalog catalog, String schema, String name) {
        if (!schema.equalsIgnoreCase("information_schema")) return null;
        String n = name.toUpperCase(Locale.ROOT);
        return switch (n) {
            case "SCHEMATA" -> make(n, cols("CATALOG_NAME", "SCHEMA_NAME", "DEFAULT_CHARACTER_SET_NAME",
                    "DEFAULT_COLLATION_NAME", "SQL_PATH", "DEFAULT_ENCRYPTION"), c -> {
                List<Object[]> rows = new ArrayList<>();
                rows.add(new Object[] {"def", "information_schema", "utf8mb3", "utf8mb3_general_ci", null, "NO"});
                for (DatabaseDef db : catalog.databases()) {
                    if (!AccessChecks.visibleDatabase(session, db.name())) continue;
                    rows.add(new Object[] {"def", db.name(), db.collation().charsetName(), db.collation().name(), null, "NO"});
                }
                rows.add(new Object[] {"def", "performance_schema", "utf8mb4", "utf8mb4_0900_ai_ci", null, "NO"});
                return rows;
            });
            case "TABLES" -> make(n, cols("TABLE_CATALOG", "TABLE_SCHEMA", "TABLE_NAME", "TABLE_TYPE", "ENGINE", "VERSION",
                    "ROW_FORMAT", "TABLE_ROWS", "AVG_ROW_LENGTH", "DATA_LENGTH", "MAX_DATA_LENGTH", "INDEX_LENGTH",
                    "DATA_FREE", "AUTO_INCREMENT", "CREATE_TIME", "UPDATE_TIME", "CHECK_TIME", "TABLE_COLLATION",
                    "CHECKSUM", "CREATE_OPTIONS", "TABLE_COMMENT"), c -> {
                List<Object[]> rows = new ArrayList<>();
                for (DatabaseDef db : catalog.databases()) {
                    if (!AccessChecks.visibleDatabase(session, db.name())) continue;
                    for (TableDef t : catalog.tables(db.name())) {
                        if (!AccessChecks.visibleTable(session, t.schema(), t.name())) continue;
                        Long auto = t.autoIncrementColumn() >= 0 ? session.engine.tableStore(t).nextAutoIncrement() : null;
                        rows.add(new Object[] {"def", t.schema(), t.name(), "BASE TABLE", t.engine(), 10L, "Dynamic", 0L, 0L,
                                16384L, 0L, 0L, 0L, auto, null, null, null, t.collation().name(), null,
                                String.join(" ", t.createOptions()), t.comment()});
                    }
                }
                rows.addAll(ViewShows.tablesRows(session, catalog));
                for (String v : tableNames()) {
                    rows.add(new Object[] {"def", "information_schema", v, "SYSTEM VIEW", null, 10L, null, 0L, 0L, 0L, 0L,
                            0L, 0L, null, null, null, null, null, null, "", ""});
                }
                return rows;
            });
            case "COLUMNS" -> make(n, cols("TABLE_CATALOG", "TABLE_SCHEMA", "TABLE_NAME", "COLUMN_NAME", "ORDINAL_POSITION",
                    "COLUMN_DEFAULT", "IS_NULLABLE", "DATA_TYPE", "CHARACTER_MAXIMUM_LENGTH", "CHARACTER_OCTET_LENGTH",
                    "NUMERIC_PRECISION", "NUMERIC_SCALE", "DATETIME_PRECISION", "CHARACTER_SET_NAME", "COLLATION_NAME",
                    "COLUMN_TYPE", "COLUMN_KEY", "EXTRA", "PRIVILEGES", "COLUMN_COMMENT", "GENERATION_EXPRESSION", "SRS_ID"), c -> {
                List<Object[]> rows = new ArrayList<>();
                for (DatabaseDef db : catalog.databases()) {
                    if (!AccessChecks.visibleDatabase(session, db.name())) continue;
                    for (TableDef t : catalog.tables(db.name())) {
                        if (!AccessChecks.visibleTable(session, t.schema(), t.name())) continue;
                        for (int i = 0; i < t.columns().size(); i++) {
                            ColumnDef col = t.columns().get(i);
                            SqlType ty = col.type();
                            rows.add(new Object[] {"def", t.schema(), t.name(), col.name(), (long) (i + 1),
                                    Shows.defaultText(col), col.nullable() ? "YES" : "NO", ty.dataType(),
                                    ty.characterMaximumLength(), ty.characterOctetLength(), ty.numericPrecision(),
                                    ty.numericScale(), ty.datetimePrecision(), ty.characterSetName(), ty.collationName(),
                                    ty.columnType(), Shows.keyOf(t, i), Shows.extraOf(col), "select,insert,update,references",
                                    col.comment(), "", null});
                        }
                    }
                }
                rows.addAll(ViewShows.columnsRows(session, catalog));
                // information_schema's own tables, which everyone may read (seed 003 finds the DEFINER columns so)
                for (String isTable : tableNames()) {
                    VirtualTable vt = table(session, catalog, "information_schema", isTable);
                    if (vt == null) continue;
                    for (int i = 0; i < vt.columns().size(); i++) {
                        SqlType ty = vt.types().get(i);
                        rows.add(new Object[] {"def", "information_schema", isTable, vt.columns().get(i), (long) (i + 1),
                                null, "YES", ty.dataType(), ty.characterMaximumLength(), ty.characterOctetLength(),
                                ty.numericPrecision(), ty.numericScale(), ty.datetimePrecision(), ty.characterSetName(),
                                ty.collationName(), ty.columnType(), "", "", "select", "", "", null});
                    }
                }
                return rows;
            });
            case "STATISTICS" -> make(n, cols("TABLE_CATALOG", "TABLE_SCHEMA", "TABLE_NAME", "NON_UNIQUE", "INDEX_SCHEMA",
                    "INDEX_NAME", "SEQ_IN_INDEX", "COLUMN_NAME", "COLLATION", "CARDINALITY", "SUB_PART", "PACKED", "NULLABLE",
                    "INDEX_TYPE", "COMMENT", "INDEX_COMMENT", "IS_VISIBLE", "EXPRESSION"), c -> {
                List<Object[]> rows = new ArrayList<>();
                for (DatabaseDef db : catalog.databases()) {
                    if (!AccessChecks.visibleDatabase(session, db.name())) continue;
                    for (TableDef t : catalog.tables(db.name())) {
                        if (!AccessChecks.visibleTable(session, t.schema(), t.name())) continue;
                        for (Object[] r : Shows.indexRows(t)) {
                            rows.add(new Object[] {"def", t.schema(), t.name(), r[1], t.schema(), r[2], r[3], r[4], r[5],
                                    r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13], r[14]});
                        }
                    }
                }
                return rows;
            });
            case "KEY_COLUMN_USAGE" -> make(n, cols("CONSTRAINT_CATALOG", "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME",
                    "TABLE_CATALOG", "TABLE_SCHEMA", "TABLE_NAME", "COLUMN_NAME", "ORDINAL_POSITION",
                    "POSITION_IN_UNIQUE_CONSTRAINT", "REFERENCED_TABLE_SCHEMA", "REFERENCED_TABLE_NAME",
                    "REFERENCED_COLUMN_NAME"), c -> {
                List<Object[]> rows = new ArrayList<>();
                for (DatabaseDef db : catalog.databases()) {
                    if (!AccessChecks.visibleDatabase(session, db.name())) continue;
                    for (TableDef t : catalog.tables(db.name())) {
                        if (!AccessChecks.visibleTable(session, t.schema(), t.name())) continue;
                        for (IndexDef i : t.indexes()) {
                            if (!i.isUnique()) continue;
                            long pos = 0;
                            for (IndexDef.Part p : i.parts()) {
                                rows.add(new Object[] {"def", t.schema(), i.name(), "def", t.schema(), t.name(),
                                        t.columns().get(p.column()).name(), ++pos, null, null, null, null});
                            }
                        }
                        for (var fk : t.foreignKeys()) {
                            for (int k = 0; k < fk.columns().size(); k++) {
                                rows.add(new Object[] {"def", t.schema(), fk.name(), "def", t.schema(), t.name(),
                                        fk.columns().get(k), (long) (k + 1), (long) (k + 1), fk.referencedSchema(),
                                        fk.referencedTable(), fk.referencedColumns().get(k)});
                            }
                        }
                    }
                }
                return rows;
            });
            case "ENGINES" -> make(n, cols("ENGINE", "SUPPORT", "COMMENT", "TRANSACTIONS", "XA", "SAVEPOINTS"), c -> {
                List<Object[]> rows = new ArrayList<>();
                rows.add(new Object[] {"InnoDB", "DEFAULT", "Supports transactions, row-level locking, and foreign keys",
                        "YES", "YES", "YES"});
                return rows;
            });
            case "CHARACTER_SETS" -> make(n, cols("CHARACTER_SET_NAME", "DEFAULT_COLLATE_NAME", "DESCRIPTION", "MAXLEN"), c -> {
                List<Object[]> rows = new ArrayList<>();
                for (Charset cs : CollationRegistry.instance().charsets()) {
                    rows.add(new Object[] {cs.name(), cs.defaultCollation(), cs.description(), (long) cs.maxLength()});
                }
                return rows;
            });
            case "COLLATIONS" -> make(n, cols("COLLATION_NAME", "CHARACTER_SET_NAME", "ID", "IS_DEFAULT", "IS_COMPILED",
                    "SORTLEN", "PAD_ATTRIBUTE"), c -> {
                List<Object[]> rows = new ArrayList<>();
                for (Collation co : CollationRegistry.instance().collations()) {
                    rows.add(new Object[] {co.name(), co.charsetName(), (long) co.id(), co.isDefault() ? "Yes" : "",
                            "Yes", (long) co.sortLength(), co.padAttribute()});
                }
                return rows;
            });
            case "PROCESSLIST" -> make(n, cols("ID", "USER", "HOST", "DB", "COMMAND", "TIME", "STATE", "INFO"), c -> {
                List<Object[]> rows = new ArrayList<>();
                for (SessionImpl other : session.engine.sessions()) {
                    String info = other.currentStatementText();
                    rows.add(new Object[] {other.connectionId(), other.client().user().user(), other.client().user().host(),
                            other.currentDatabase(), info == null ? "Sleep" : "Query", other.statementSeconds(),
                            info == null ? "" : "executing", info});
                }
                return rows;
            });
            case "ROUTINES" -> make(n, RoutineShows.ROUTINES_COLUMNS, RoutineShows.ROUTINES_TYPES,
                    c -> RoutineShows.routineRows(c.session(), c.catalog()));
            case "PARAMETERS" -> make(n, RoutineShows.PARAMETERS_COLUMNS, RoutineShows.PARAMETERS_TYPES,
                    c -> RoutineShows.parameterRows(c.session(), c.catalog()));
            case "EVENTS" -> make(n, EventShows.EVENTS_COLUMNS, EventShows.EVENTS_TYPES,
                    c -> EventShows.eventRows(c.session(), c.catalog()));
            case "TRIGGERS" -> make(n, TriggerShows.COLUMNS, TriggerShows.TYPES,
                    c -> TriggerShows.rows(c.session(), c.catalog()));
            case "VIEWS" -> make(n, ViewShows.VIEWS_COLUMNS, ViewShows.VIEWS_TYPES,
                    c -> ViewShows.viewRows(c.session(), c.catalog()));
            default -> null;
        };
    }

    private static List<String> cols(String... names) {
        return List.of(names);
    }

    private static VirtualTable make(String name, List<String> columns, Function<Ctx, List<Object[]>> producer) {
        List<SqlType> types = new ArrayList<>();
        for (String c : columns) {
            boolean numeric = c.equals("ORDINAL_POSITION") || c.equals("VERSION") || c.equals("TABLE_ROWS")
                    || c.endsWith("_LENGTH") || c.equals("DATA_FREE") || c.equals("AUTO_INCREMENT")
                    || c.equals("NUMERIC_PRECISION") || c.equals("NUMERIC_SCALE") || c.equals("DATETIME_PRECISION")
                    || c.equals("NON_UNIQUE") || c.equals("SEQ_IN_INDEX") || c.equals("CARDINALITY") || c.equals("SUB_PART")
                    || c.equals("MAXLEN") || c.equals("ID") || c.equals("SORTLEN") || c.equals("TIME") || c.equals("CHECKSUM");
            types.add(numeric ? NUM : c.endsWith("COMMENT") || c.equals("INFO") || c.equals("COLUMN_DEFAULT") ? TEXT : NAME);
        }
        return make(name, columns, types, producer);
    }

    /** A view with explicit column types (where MySQL's are not the name-derived defaults above). */
    private static VirtualTable make(String name, List<String> columns, List<SqlType> types,
                                     Function<Ctx, List<Object[]>> producer) {
        return new VirtualTable() {
            @Override public String schema() { return "information_schema"; }

            @Override public String name() { return name; }

            @Override public List<String> columns() { return columns; }

            @Override public List<SqlType> types() { return types; }

            @Override public List<Object[]> rows(ExecContext ctx) {
                SessionImpl s = (SessionImpl) ctx.session();
                return producer.apply(new Ctx(s, s.engine.catalog()));
            }
        };
    }
}
