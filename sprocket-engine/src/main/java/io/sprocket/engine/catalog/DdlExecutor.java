package io.sprocket.engine.catalog;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.row.TableStore;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.sql.ast.AlterDatabase;
import io.sprocket.sql.ast.AlterTable;
import io.sprocket.sql.ast.CreateDatabase;
import io.sprocket.sql.ast.CreateIndex;
import io.sprocket.sql.ast.CreateTable;
import io.sprocket.sql.ast.DatabaseOption;
import io.sprocket.sql.ast.DdlStatement;
import io.sprocket.sql.ast.DropDatabase;
import io.sprocket.sql.ast.DropIndex;
import io.sprocket.sql.ast.DropKey;
import io.sprocket.sql.ast.DropTable;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.RenameTable;
import io.sprocket.sql.ast.TableRename;
import io.sprocket.sql.ast.TruncateTable;
import io.sprocket.sql.ast.AddIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs DDL statements: validates them against the catalog, writes the new definitions (and any data changes) in
 * the context's transaction, and returns the catalog to publish once that transaction commits.
 */
public final class DdlExecutor {
    static final int MAX_IDENTIFIER = 64;

    private DdlExecutor() {
    }

    public static DdlResult execute(DdlContext ctx, DdlStatement statement) {
        DdlResult result = switch (statement) {
            case CreateDatabase s -> createDatabase(ctx, s);
            case AlterDatabase s -> alterDatabase(ctx, s);
            case DropDatabase s -> dropDatabase(ctx, s);
            case CreateTable s -> TableCreator.create(ctx, s, null);
            case AlterTable s -> AlterTableExecutor.alter(ctx, s.table(), s.actions());
            case DropTable s -> dropTable(ctx, s);
            case RenameTable s -> renameTable(ctx, s);
            case TruncateTable s -> truncateTable(ctx, s);
            case CreateIndex s -> AlterTableExecutor.alter(ctx, s.table(), List.of(new AddIndex(s.index())));
            case DropIndex s -> AlterTableExecutor.alter(ctx, s.table(), List.of(new DropKey(s.name())));
        };
        if (result.catalog() != ctx.catalog()) CatalogStore.putVersion(ctx.transaction(), result.catalog().version());
        return result;
    }

    /**
     * CREATE TABLE ... [AS] SELECT: creates the table from the statement's own elements plus the query's result
     * columns (an explicit column of the same name wins). The caller then inserts the query's rows into
     * {@code result.catalog().table(schema, name)} in the same transaction. When the table exists and IF NOT EXISTS
     * was given, the returned catalog is the context's (unchanged) and the caller inserts nothing.
     */
    public static DdlResult createTableAs(DdlContext ctx, CreateTable statement, List<ColumnDef> queryColumns) {
        DdlResult result = TableCreator.create(ctx, statement, List.copyOf(queryColumns));
        if (result.catalog() != ctx.catalog()) CatalogStore.putVersion(ctx.transaction(), result.catalog().version());
        return result;
    }

    /**
     * CREATE TEMPORARY TABLE [... AS SELECT]: validates and builds the definition and gives it a table id, but puts
     * nothing in the catalog: the session keeps the returned definition (it shadows a base table of the same name)
     * and stores its rows through {@code TableStore} like any table. {@code queryColumns} is null without a query.
     */
    public static TableDef createTemporaryTable(DdlContext ctx, CreateTable statement, List<ColumnDef> queryColumns) {
        return TableCreator.build(ctx, statement, queryColumns == null ? null : List.copyOf(queryColumns));
    }

    /** DROP TEMPORARY TABLE (or session end): removes the temporary table's rows. */
    public static void dropTemporaryTable(DdlContext ctx, TableDef table) {
        new TableStore(ctx.store(), table).deleteAll(ctx.transaction());
    }

    // ------------------------------------------------------------------ databases

    private static DdlResult createDatabase(DdlContext ctx, CreateDatabase s) {
        checkDatabaseName(s.name());
        Catalog catalog = ctx.catalog();
        if (catalog.database(s.name()) != null) {
            if (!s.ifNotExists()) throw new SqlException(ErrorCode.ER_DB_CREATE_EXISTS, s.name());
            ctx.warnings().note(ErrorCode.ER_DB_CREATE_EXISTS, s.name());
            return new DdlResult(catalog, 0, null);
        }
        Collation collation = databaseCollation(s.options(), ctx.serverCollation());
        DatabaseDef db = new DatabaseDef(s.name(), collation);
        CatalogStore.putDatabase(ctx.transaction(), db);
        return new DdlResult(catalog.withDatabase(db), 1, null);
    }

    private static DdlResult alterDatabase(DdlContext ctx, AlterDatabase s) {
        String name = s.name() != null ? s.name() : ctx.currentDatabase();
        if (name == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        DatabaseDef db = ctx.catalog().database(name);
        if (db == null) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, name);
        DatabaseDef altered = new DatabaseDef(name, databaseCollation(s.options(), db.collation()));
        CatalogStore.putDatabase(ctx.transaction(), altered);
        return new DdlResult(ctx.catalog().withDatabase(altered), 1, null);
    }

    private static DdlResult dropDatabase(DdlContext ctx, DropDatabase s) {
        Catalog catalog = ctx.catalog();
        if (catalog.database(s.name()) == null) {
            if (!s.ifExists()) throw new SqlException(ErrorCode.ER_DB_DROP_EXISTS, s.name());
            ctx.warnings().note(ErrorCode.ER_DB_DROP_EXISTS, s.name());
            return new DdlResult(catalog, 0, null);
        }
        List<TableDef> tables = catalog.tables(s.name());
        for (TableDef t : tables) {
            new TableStore(ctx.store(), t).deleteAll(ctx.transaction());
            CatalogStore.deleteTable(ctx.transaction(), t.schema(), t.name());
        }
        for (RoutineDef r : catalog.routines(s.name())) {
            CatalogStore.deleteRoutine(ctx.transaction(), r.schema(), r.kind(), r.name());
        }
        CatalogStore.deleteEvents(ctx.transaction(), catalog, s.name());
        // views count among the dropped tables, as MySQL reports them
        for (ViewDef v : catalog.views(s.name())) CatalogStore.deleteView(ctx.transaction(), v.schema(), v.name());
        CatalogStore.deleteDatabase(ctx.transaction(), s.name());
        return new DdlResult(catalog.withoutDatabase(s.name()), tables.size() + catalog.views(s.name()).size(), null);
    }

    /** CHARACTER SET / COLLATE options over a starting collation ("DEFAULT" means the server's). */
    static Collation databaseCollation(List<DatabaseOption> options, Collation start) {
        String charset = null;
        String collation = null;
        for (DatabaseOption o : options) {
            switch (o.kind()) {
                case CHARACTER_SET -> charset = o.value();
                case COLLATE -> collation = o.value();
                case ENCRYPTION, READ_ONLY -> { }
            }
        }
        if (charset == null && collation == null) return start;
        CollationRegistry registry = CollationRegistry.instance();
        if ("DEFAULT".equalsIgnoreCase(charset)) charset = CollationRegistry.defaultCollation().charsetName();
        if ("DEFAULT".equalsIgnoreCase(collation)) collation = null;
        return registry.resolve(charset, collation);
    }

    static void checkDatabaseName(String name) {
        if (name.isEmpty() || name.endsWith(" ")) throw new SqlException(ErrorCode.ER_WRONG_DB_NAME, name);
        if (name.length() > MAX_IDENTIFIER) throw new SqlException(ErrorCode.ER_TOO_LONG_IDENT, name);
    }

    static void checkTableName(String name) {
        if (name.isEmpty() || name.endsWith(" ")) throw new SqlException(ErrorCode.ER_WRONG_TABLE_NAME, name);
        if (name.length() > MAX_IDENTIFIER) throw new SqlException(ErrorCode.ER_TOO_LONG_IDENT, name);
    }

    // ------------------------------------------------------------------ tables

    /** The schema of a possibly unqualified name: 1046 without a current database, 1049 if it does not exist. */
    static String schemaOf(DdlContext ctx, ObjectName name) {
        String schema = name.schema() != null ? name.schema() : ctx.currentDatabase();
        if (schema == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        return schema;
    }

    /** An existing base table: 1347 for a view (ALTER TABLE, CREATE INDEX, CREATE TABLE ... LIKE), else 1146. */
    static TableDef requireBaseTable(DdlContext ctx, ObjectName name) {
        String schema = schemaOf(ctx, name);
        if (ctx.catalog().table(schema, name.name()) == null && ctx.catalog().view(schema, name.name()) != null) {
            throw new SqlException(ErrorCode.ER_WRONG_OBJECT, schema, name.name(), "BASE TABLE");
        }
        return requireTable(ctx, name);
    }

    /** An existing table, or 1146. */
    static TableDef requireTable(DdlContext ctx, ObjectName name) {
        String schema = schemaOf(ctx, name);
        TableDef t = ctx.catalog().table(schema, name.name());
        if (t == null) throw new SqlException(ErrorCode.ER_NO_SUCH_TABLE, schema, name.name());
        return t;
    }

    private static DdlResult dropTable(DdlContext ctx, DropTable s) {
        Catalog catalog = ctx.catalog();
        List<String> missing = new ArrayList<>();
        List<TableDef> found = new ArrayList<>();
        for (ObjectName n : s.tables()) {
            String schema = schemaOf(ctx, n);
            TableDef t = catalog.table(schema, n.name());
            if (t == null) missing.add(schema + "." + n.name());
            else if (!found.contains(t)) found.add(t);
        }
        if (!missing.isEmpty()) {
            if (!s.ifExists()) throw new SqlException(ErrorCode.ER_BAD_TABLE_ERROR, String.join(",", missing));
            for (String m : missing) ctx.warnings().note(ErrorCode.ER_BAD_TABLE_ERROR, m);
        }
        for (TableDef parent : found) {
            for (TableDef child : catalog.tables(parent.schema())) {
                if (found.contains(child)) continue;
                for (ForeignKeyDef f : child.foreignKeys()) {
                    if (f.referencedSchema().equals(parent.schema()) && f.referencedTable().equals(parent.name())) {
                        throw new SqlException(ErrorCode.ER_FK_CANNOT_DROP_PARENT, parent.name(), f.name(), child.name());
                    }
                }
            }
        }
        for (TableDef t : found) {
            new TableStore(ctx.store(), t).deleteAll(ctx.transaction());
            CatalogStore.deleteTable(ctx.transaction(), t.schema(), t.name());
            catalog = catalog.withoutTable(t.schema(), t.name());
        }
        return new DdlResult(found.isEmpty() ? ctx.catalog() : catalog, 0, null);
    }

    private static DdlResult renameTable(DdlContext ctx, RenameTable s) {
        Catalog catalog = ctx.catalog();
        for (TableRename r : s.renames()) {
            String fromSchema = schemaOf(ctx, r.from());
            String toSchema = schemaOf(ctx, r.to());
            TableDef t = catalog.table(fromSchema, r.from().name());
            ViewDef view = t == null ? catalog.view(fromSchema, r.from().name()) : null;
            if (view != null) {
                catalog = renameView(ctx, catalog, view, toSchema, r.to().name());
                continue;
            }
            if (t == null) throw new SqlException(ErrorCode.ER_NO_SUCH_TABLE, fromSchema, r.from().name());
            checkTableName(r.to().name());
            if (catalog.database(toSchema) == null) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, toSchema);
            if (catalog.table(toSchema, r.to().name()) != null || catalog.view(toSchema, r.to().name()) != null) {
                throw new SqlException(ErrorCode.ER_TABLE_EXISTS_ERROR, r.to().name());
            }
            TableDef renamed = renamed(t, toSchema, r.to().name());
            catalog = catalog.withoutTable(fromSchema, t.name()).withTable(renamed);
            CatalogStore.deleteTable(ctx.transaction(), fromSchema, t.name());
            CatalogStore.putTable(ctx.transaction(), renamed);
            catalog = repointForeignKeys(ctx, catalog, fromSchema, t.name(), toSchema, r.to().name());
        }
        return new DdlResult(catalog, 0, null);
    }

    /** RENAME TABLE of a view: within its database only (1450), its definition unchanged. */
    private static Catalog renameView(DdlContext ctx, Catalog catalog, ViewDef v, String toSchema, String toName) {
        if (!toSchema.equals(v.schema())) throw new SqlException(ErrorCode.ER_FORBID_SCHEMA_CHANGE, v.schema(), toSchema);
        checkTableName(toName);
        if (catalog.table(toSchema, toName) != null || catalog.view(toSchema, toName) != null) {
            throw new SqlException(ErrorCode.ER_TABLE_EXISTS_ERROR, toName);
        }
        ViewDef renamed = new ViewDef(v.schema(), toName, v.definerUser(), v.definerHost(), v.securityInvoker(),
                v.algorithm(), v.checkOption(), v.columns(), v.explicitColumns(), v.definitionText(), v.sourceText(),
                v.sqlMode(), v.characterSetClient(), v.collationConnection(), v.createdSeconds(), v.updatable(), v.query());
        CatalogStore.deleteView(ctx.transaction(), v.schema(), v.name());
        CatalogStore.putView(ctx.transaction(), renamed);
        return catalog.withoutView(v.schema(), v.name()).withView(renamed);
    }

    /** Foreign keys of other tables follow their parent's rename, as InnoDB's do. */
    static Catalog repointForeignKeys(DdlContext ctx, Catalog catalog, String fromSchema, String fromName,
                                      String toSchema, String toName) {
        List<TableDef> changed = new ArrayList<>();
        for (DatabaseDef db : catalog.databases()) {
            for (TableDef child : catalog.tables(db.name())) {
                boolean refers = child.foreignKeys().stream().anyMatch(f -> f.referencedSchema().equals(fromSchema)
                        && f.referencedTable().equals(fromName));
                if (!refers) continue;
                List<ForeignKeyDef> fks = child.foreignKeys().stream()
                        .map(f -> f.referencedSchema().equals(fromSchema) && f.referencedTable().equals(fromName)
                                ? new ForeignKeyDef(f.name(), f.columns(), toSchema, toName, f.referencedColumns(),
                                f.onDelete(), f.onUpdate())
                                : f)
                        .toList();
                changed.add(new TableDef(child.id(), child.schema(), child.name(), child.columns(), child.indexes(),
                        child.checks(), child.collation(), child.engine(), child.comment(), child.autoIncrementStart(),
                        child.createOptions(), fks));
            }
        }
        for (TableDef t : changed) {
            CatalogStore.putTable(ctx.transaction(), t);
            catalog = catalog.withTable(t);
        }
        return catalog;
    }

    static TableDef renamed(TableDef t, String schema, String name) {
        // Generated CHECK and FOREIGN KEY names follow the table name, as MySQL renames t_chk_n to t2_chk_n.
        String oldPrefix = t.name() + "_chk_";
        List<CheckDef> checks = t.checks().stream()
                .map(c -> c.name().startsWith(oldPrefix)
                        ? new CheckDef(name + "_chk_" + c.name().substring(oldPrefix.length()), c.condition(), c.enforced())
                        : c)
                .toList();
        String fkPrefix = t.name() + "_ibfk_";
        List<ForeignKeyDef> foreignKeys = t.foreignKeys().stream()
                .map(f -> f.name().startsWith(fkPrefix)
                        ? new ForeignKeyDef(name + "_ibfk_" + f.name().substring(fkPrefix.length()), f.columns(),
                        f.referencedSchema(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate())
                        : f)
                .toList();
        return new TableDef(t.id(), schema, name, t.columns(), t.indexes(), checks, t.collation(), t.engine(),
                t.comment(), t.autoIncrementStart(), t.createOptions(), foreignKeys);
    }

    private static DdlResult truncateTable(DdlContext ctx, TruncateTable s) {
        TableDef t = requireTable(ctx, s.table());
        new TableStore(ctx.store(), t).deleteAll(ctx.transaction());
        // A new id gives fresh AUTO_INCREMENT and row-id counters: TRUNCATE restarts numbering.
        TableDef fresh = t.withId(CatalogStore.allocateTableId(ctx.transaction()));
        CatalogStore.putTable(ctx.transaction(), fresh);
        return new DdlResult(ctx.catalog().withTable(fresh), 0, null);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
