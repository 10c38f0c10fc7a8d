package io.sprocket.engine.session;

import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.DdlExecutor;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.exec.OutputColumn;
import io.sprocket.engine.exec.QueryPlan;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.type.StoreAssignment;
import io.sprocket.sql.ast.CreateTable;
import io.sprocket.sql.ast.DdlStatement;
import io.sprocket.sql.ast.DropTable;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TEMPORARY TABLE and dropping temporary tables. They belong to the session: no implicit commit, never
 * in the shared catalog, visible only here, shadowing a base table of the same name, gone when the session ends.
 * Their rows live in the store under their own table id and follow the session's transactions.
 */
final class TemporaryTables {
    private TemporaryTables() {}

    static boolean handles(SessionImpl s, DdlStatement d) {
        if (d instanceof CreateTable c) return c.temporary();
        if (d instanceof DropTable drop) {
            if (drop.temporary()) return true;
            if (s.temporaryTables.isEmpty()) return false;
            // DROP TABLE of names that are all temporary tables stays session-local (no implicit commit).
            for (ObjectName n : drop.tables()) {
                if (!s.temporaryTables.containsKey(key(s, n))) return false;
            }
            return true;
        }
        return false;
    }

    private static String key(SessionImpl s, ObjectName n) {
        String schema = n.schema() != null ? n.schema() : s.currentDatabase();
        if (schema == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        return SessionImpl.temporaryKey(schema, n.name());
    }

    static OkResult run(SessionImpl s, DdlStatement d, StatementEnv env) {
        KvTransaction txn = s.transactions.current(s.variables.innodbLockWaitTimeout());
        var ctx = new StatementRunner.Ddl(s, txn, env.catalog());
        if (d instanceof CreateTable c) return create(s, c, ctx, env, txn);
        DropTable drop = (DropTable) d;
        List<String> missing = new ArrayList<>();
        for (ObjectName n : drop.tables()) {
            if (!s.temporaryTables.containsKey(key(s, n))) {
                String schema = n.schema() != null ? n.schema() : s.currentDatabase();
                missing.add(schema + "." + n.name());
            }
        }
        if (!missing.isEmpty() && !drop.ifExists()) {
            throw new SqlException(ErrorCode.ER_BAD_TABLE_ERROR, String.join(",", missing));
        }
        for (String m : missing) s.diagnostics.note(ErrorCode.ER_BAD_TABLE_ERROR, m);
        for (ObjectName n : drop.tables()) {
            TableDef t = s.temporaryTables.remove(key(s, n));
            if (t != null) DdlExecutor.dropTemporaryTable(ctx, t);
        }
        s.temporaryGeneration++;
        if (s.variables.autocommit() && !s.transactions.explicit()) s.transactions.commit();
        return OkResult.EMPTY;
    }

    private static OkResult create(SessionImpl s, CreateTable c, StatementRunner.Ddl ctx, StatementEnv env,
                                   KvTransaction txn) {
        String k = key(s, c.name());
        if (s.temporaryTables.containsKey(k)) {
            if (c.ifNotExists()) {
                s.diagnostics.note(ErrorCode.ER_TABLE_EXISTS_ERROR, c.name().name());
                return OkResult.EMPTY;
            }
            throw new SqlException(ErrorCode.ER_TABLE_EXISTS_ERROR, c.name().name());
        }
        QueryPlan plan = null;
        List<ColumnDef> columns = null;
        if (c.asQuery() != null) {
            plan = env.queries().compile(c.asQuery(), null);
            columns = new ArrayList<>();
            for (OutputColumn col : plan.columns()) {
                columns.add(new ColumnDef(col.name(), col.type(), col.nullable(), null, col.nullable(), null, false,
                        false, "", false));
            }
        }
        TableDef table = DdlExecutor.createTemporaryTable(ctx, c, columns);
        s.temporaryTables.put(k, table);
        s.temporaryGeneration++;
        long rows = 0;
        if (plan != null) {
            ExecContext ectx = new ExecContext(s, null);
            ectx.setData(new Access(s, txn));
            var store = s.engine.tableStore(table);
            try (RowIterator it = plan.open(ectx)) {
                Object[] r;
                while ((r = it.next()) != null) {
                    rows++;
                    Object[] row = new Object[table.columns().size()];
                    int offset = row.length - r.length;
                    for (int i = 0; i < row.length; i++) {
                        ColumnDef col = table.columns().get(i);
                        Object v = i >= offset ? r[i - offset] : col.defaultValue();
                        row[i] = v == null ? null : StoreAssignment.storeValue(v, col.type(), table.name(), col.name(),
                                rows, Dml.storeMode(s), s.diagnostics);
                    }
                    store.insert(txn, row);
                }
            }
        }
        if (s.variables.autocommit() && !s.transactions.explicit()) s.transactions.commit();
        return plan == null ? OkResult.EMPTY : new OkResult(rows, 0, "Records: " + rows + "  Duplicates: 0  Warnings: "
                + s.diagnostics.warningCount());
    }

    /** Session end: every temporary table's rows go. */
    static void dropAll(SessionImpl s) {
        if (s.temporaryTables.isEmpty()) return;
        try (KvTransaction txn = s.engine.store().begin()) {
            var ctx = new StatementRunner.Ddl(s, txn, s.engine.catalog());
            for (TableDef t : s.temporaryTables.values()) DdlExecutor.dropTemporaryTable(ctx, t);
            txn.commit();
        } finally {
            s.engine.tableCaches().invalidateAll();
        }
        s.temporaryTables.clear();
    }
}
