package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.CatalogStore;
import io.sprocket.engine.catalog.DatabaseDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.catalog.TriggerDef;
import io.sprocket.engine.catalog.TriggerStore;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.routine.TriggerUsage;
import io.sprocket.engine.security.Privilege;
import io.sprocket.sql.ast.CreateTrigger;
import io.sprocket.sql.ast.DropTrigger;
import io.sprocket.sql.ast.TriggerStatement;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * CREATE TRIGGER and DROP TRIGGER (MySQL 8.0 Reference Manual, 15.1.22 and 15.1.34): checks, the change in a
 * storage transaction of its own (DDL commits implicitly), the new catalog published. Also keeps triggers in step
 * with table DDL: DROP TABLE and DROP DATABASE drop them, RENAME TABLE moves them (see {@link #afterTableDdl}).
 */
final class TriggerDdl {
    private static final int MAX_NAME = 64;

    private TriggerDdl() {
    }

    static OkResult run(SessionImpl session, TriggerStatement statement) {
        StoredObjectDdl.run(session, (txn, before) -> switch (statement) {
            case CreateTrigger c -> create(session, txn, before, c);
            case DropTrigger d -> drop(session, txn, before, d);
        });
        return OkResult.EMPTY;
    }

    // ------------------------------------------------------------------ CREATE

    private static Catalog create(SessionImpl session, KvTransaction txn, Catalog catalog, CreateTrigger c) {
        String current = session.currentDatabase();
        String schema = c.name().schema() != null ? c.name().schema() : current;
        String tableSchema = c.table().schema() != null ? c.table().schema() : current;
        if (schema == null || tableSchema == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        String name = c.name().name();
        if (name.isEmpty() || name.endsWith(" ")) throw new SqlException(ErrorCode.ER_SP_WRONG_NAME, name);
        if (name.codePointCount(0, name.length()) > MAX_NAME) throw new SqlException(ErrorCode.ER_TOO_LONG_IDENT, name);
        // what MySQL reports while parsing the body: NEW / OLD rows the event does not have, assignments to OLD
        // or (AFTER) to NEW; unknown columns are found once the table is open, below
        TriggerUsage.checkRows(c.body(), c.event().name(), c.timing() == io.sprocket.sql.ast.TriggerTiming.AFTER);
        String tableName = c.table().name();
        AccessChecks.table(session, tableSchema, tableName, Privilege.TRIGGER);
        if (session.isTemporary(tableSchema, tableName)) {
            throw new SqlException(ErrorCode.ER_TRG_ON_VIEW_OR_TEMP_TABLE, tableName);
        }
        TableDef table = catalog.table(tableSchema, tableName);
        if (table == null && catalog.view(tableSchema, tableName) != null) {
            // MySQL 8.0: a view is not a trigger's table (1347 'db.v' is not BASE TABLE)
            throw new SqlException(ErrorCode.ER_WRONG_OBJECT, tableSchema, tableName, "BASE TABLE");
        }
        if (table == null) throw new SqlException(ErrorCode.ER_NO_SUCH_TABLE, tableSchema, tableName);
        // the trigger lives in its table's database: a trigger name in another one is refused
        if (!schema.equals(tableSchema)) throw new SqlException(ErrorCode.ER_TRG_IN_WRONG_SCHEMA);
        DatabaseDef db = catalog.database(schema);
        AccountName definer = Definers.resolve(session, c.definer());
        if (catalog.trigger(schema, name) != null) {
            if (!c.ifNotExists()) throw new SqlException(ErrorCode.ER_TRG_ALREADY_EXISTS);
            session.diagnostics.note(ErrorCode.ER_TRG_ALREADY_EXISTS);
            return catalog;
        }
        List<TriggerDef> siblings = siblings(catalog, schema, tableName, c.timing(), c.event());
        int position = siblings.size(); // 0-based index of the new trigger
        if (c.order() != null) {
            int at = -1;
            for (int i = 0; i < siblings.size(); i++) {
                if (siblings.get(i).name().equals(c.order().other())) at = i;
            }
            if (at < 0) throw new SqlException(ErrorCode.ER_REFERENCED_TRG_DOES_NOT_EXIST, c.order().other());
            position = c.order().follows() ? at + 1 : at;
        }
        // the statement's time (SET timestamp included), truncated to hundredths as MySQL's TIMESTAMP(2)
        long now = (long) Math.floor(session.variables.timestamp() * 100 + 1e-6);
        TriggerDef def = new TriggerDef(schema, name, tableName, c.timing(), c.event(), position + 1, definer.user(),
                definer.host(), c.bodyText(), session.variables.sqlMode(), session.variables.characterSetClient(),
                session.variables.collationConnection(), db.collation().name(), now, c);
        Triggers.validate(session, def, table);
        if (c.definer() != null) Definers.checkAndNoteOrphan(session, txn, definer);
        List<TriggerDef> ordered = new ArrayList<>(siblings);
        ordered.add(position, def);
        return catalog.withTriggers(renumber(txn, ordered, def));
    }

    /** The table's triggers of one timing and event, in ACTION_ORDER. */
    static List<TriggerDef> siblings(Catalog catalog, String schema, String table,
                                     io.sprocket.sql.ast.TriggerTiming timing, io.sprocket.sql.ast.TriggerEvent event) {
        List<TriggerDef> out = new ArrayList<>();
        for (TriggerDef t : catalog.triggers(schema)) {
            if (t.table().equals(table) && t.timing() == timing && t.event() == event) out.add(t);
        }
        out.sort(Comparator.comparingInt(TriggerDef::actionOrder));
        return out;
    }

    /** Gives {@code ordered} the positions 1..n and writes the new trigger and those whose position changed. */
    private static List<TriggerDef> renumber(KvTransaction txn, List<TriggerDef> ordered, TriggerDef added) {
        List<TriggerDef> out = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            TriggerDef t = ordered.get(i);
            if (t == added || t.actionOrder() != i + 1) {
                t = t.withOrder(i + 1);
                TriggerStore.put(txn, t);
                out.add(t);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ DROP

    private static Catalog drop(SessionImpl session, KvTransaction txn, Catalog catalog, DropTrigger d) {
        String schema = d.name().schema() != null ? d.name().schema() : session.currentDatabase();
        if (schema == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        TriggerDef old = catalog.trigger(schema, d.name().name());
        if (old == null) {
            if (!d.ifExists()) throw new SqlException(ErrorCode.ER_TRG_DOES_NOT_EXIST);
            session.diagnostics.note(ErrorCode.ER_TRG_DOES_NOT_EXIST);
            return catalog;
        }
        AccessChecks.table(session, schema, old.table(), Privilege.TRIGGER);
        TriggerStore.delete(txn, schema, old.name());
        Catalog after = catalog.withoutTrigger(schema, old.name());
        List<TriggerDef> rest = siblings(after, schema, old.table(), old.timing(), old.event());
        List<TriggerDef> changed = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).actionOrder() != i + 1) {
                TriggerDef moved = rest.get(i).withOrder(i + 1);
                TriggerStore.put(txn, moved);
                changed.add(moved);
            }
        }
        return changed.isEmpty() ? after : after.withTriggers(changed);
    }

    // ------------------------------------------------------------------ table DDL

    /**
     * Brings triggers in step with a table DDL about to commit in {@code txn}: a table that is gone takes its
     * triggers with it (DROP TABLE, DROP DATABASE), a renamed one keeps them (RENAME TABLE, ALTER TABLE ... RENAME).
     * Moving a table with triggers to another database is refused (1435), as MySQL does. Returns {@code after}
     * with the triggers adjusted (and the stored catalog version moved with it).
     */
    static Catalog afterTableDdl(KvTransaction txn, io.sprocket.sql.ast.DdlStatement d, String currentDb,
                                 Catalog before, Catalog after) {
        List<TriggerDef> all = before.allTriggers();
        if (all.isEmpty()) return after;
        List<String[]> renames = new ArrayList<>(); // {from schema, from name, to schema, to name}
        if (d instanceof io.sprocket.sql.ast.RenameTable r) {
            for (var tr : r.renames()) renames.add(rename(tr.from(), tr.to(), currentDb));
        } else if (d instanceof io.sprocket.sql.ast.AlterTable a) {
            for (var action : a.actions()) {
                if (action instanceof io.sprocket.sql.ast.RenameTo to) renames.add(rename(a.table(), to.name(), currentDb));
            }
        }
        List<TriggerDef> moved = new ArrayList<>();
        Catalog result = after;
        for (TriggerDef t : all) {
            String schema = t.schema();
            String table = t.table();
            for (String[] r : renames) {
                if (schema.equals(r[0]) && table.equals(r[1])) {
                    schema = r[2];
                    table = r[3];
                }
            }
            if (after.table(schema, table) == null) {
                TriggerStore.delete(txn, t.schema(), t.name());
                if (result.trigger(t.schema(), t.name()) != null) result = result.withoutTrigger(t.schema(), t.name());
            } else if (!schema.equals(t.schema())) {
                throw new SqlException(ErrorCode.ER_TRG_IN_WRONG_SCHEMA);
            } else if (!table.equals(t.table())) {
                TriggerDef m = t.withTable(table);
                TriggerStore.put(txn, m);
                moved.add(m);
            }
        }
        if (!moved.isEmpty()) result = result.withTriggers(moved);
        if (result != after) CatalogStore.putVersion(txn, result.version());
        return result;
    }

    private static String[] rename(io.sprocket.sql.ast.ObjectName from, io.sprocket.sql.ast.ObjectName to, String db) {
        return new String[]{from.schema() != null ? from.schema() : db, from.name(),
                to.schema() != null ? to.schema() : db, to.name()};
    }
}
