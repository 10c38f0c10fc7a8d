package io.sprocket.engine.session;

import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.DdlContext;
import io.sprocket.engine.catalog.DdlExecutor;
import io.sprocket.engine.catalog.DdlResult;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.exec.OutputColumn;
import io.sprocket.engine.exec.QueryPlan;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.type.StoreAssignment;
import io.sprocket.sql.ast.CreateTable;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.List;

/** CREATE TABLE ... [AS] SELECT: the table from the query's columns, then the query's rows, in one transaction. */
final class CreateTableAs {
    private CreateTableAs() {}

    static DdlResult run(SessionImpl s, CreateTable ct, DdlContext ddl, KvTransaction txn, StatementEnv env) {
        QueryPlan plan = env.queries().compile(ct.asQuery(), null);
        List<ColumnDef> columns = new ArrayList<>();
        for (OutputColumn c : plan.columns()) {
            columns.add(new ColumnDef(c.name(), c.type(), c.nullable(), null, c.nullable(), null, false, false, "", false));
        }
        DdlResult result = DdlExecutor.createTableAs(ddl, ct, columns);
        if (result.catalog() == ddl.catalog()) return result;
        String schema = ct.name().schema() != null ? ct.name().schema() : s.currentDatabase();
        TableDef table = result.catalog().table(schema, ct.name().name());
        ExecContext ctx = new ExecContext(s, null);
        ctx.setData(new Access(s, txn));
        var store = s.engine.tableStore(table);
        long rows = 0;
        try (RowIterator it = plan.open(ctx)) {
            Object[] r;
            while ((r = it.next()) != null) {
                rows++;
                Object[] row = new Object[table.columns().size()];
                int offset = table.columns().size() - r.length;
                for (int i = 0; i < row.length; i++) {
                    ColumnDef col = table.columns().get(i);
                    Object v = i >= offset ? r[i - offset] : col.defaultValue();
                    row[i] = v == null ? null : StoreAssignment.storeValue(v, col.type(), table.name(), col.name(), rows,
                            Dml.storeMode(s), s.diagnostics);
                }
                store.insert(txn, row);
            }
        }
        return new DdlResult(result.catalog(), rows, "Records: " + rows + "  Duplicates: 0  Warnings: "
                + s.diagnostics.warningCount());
    }
}
