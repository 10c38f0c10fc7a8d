package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.CatalogStore;
import io.sprocket.engine.catalog.ViewDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.exec.OutputColumn;
import io.sprocket.engine.exec.QueryPlan;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.Privilege;
import io.sprocket.sql.SqlFormatter;
import io.sprocket.sql.ast.CreateView;
import io.sprocket.sql.ast.DropView;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.Query;
import io.sprocket.sql.ast.ViewAlgorithm;
import io.sprocket.sql.ast.ViewCheckOption;
import io.sprocket.sql.ast.ViewStatement;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CREATE [OR REPLACE] VIEW, ALTER VIEW and DROP VIEW (MySQL 8.0 Reference Manual, 15.1.23, 15.1.11, 15.1.35):
 * privileges, the checks on the SELECT, the frozen canonical definition, and the catalog change in a storage
 * transaction of its own (DDL commits implicitly).
 */
final class ViewDdl {
    private static final int MAX_NAME = 64;

    private ViewDdl() {
    }

    static OkResult run(SessionImpl session, ViewStatement statement, StatementEnv env) {
        StoredObjectDdl.run(session, (txn, before) -> switch (statement) {
            case CreateView c -> define(session, txn, before, c, env);
            case DropView d -> drop(session, txn, before, d);
        });
        return OkResult.EMPTY;
    }

    // ------------------------------------------------------------------ CREATE / ALTER

    private static Catalog define(SessionImpl session, KvTransaction txn, Catalog catalog, CreateView c, StatementEnv env) {
        String schema = RoutineDdl.schemaOf(session, c.name());
        String name = c.name().name();
        // privileges first, before the view's existence (15.1.23: CREATE VIEW, and DROP to replace or alter)
        AccessChecks.table(session, schema, name, Privilege.CREATE_VIEW);
        if (c.alter() || c.orReplace()) AccessChecks.table(session, schema, name, Privilege.DROP);
        ViewDef old = catalog.view(schema, name);
        AccountName definer;
        if (c.definerGiven()) definer = Definers.resolve(session, c.definer());
        else if (c.alter() && old != null) definer = new AccountName(old.definerUser(), old.definerHost());
        else definer = session.securityContext().user();
        if (name.isEmpty() || name.endsWith(" ")) throw new SqlException(ErrorCode.ER_WRONG_TABLE_NAME, name);
        if (name.codePointCount(0, name.length()) > MAX_NAME) throw new SqlException(ErrorCode.ER_TOO_LONG_IDENT, name);
        if (catalog.database(schema) == null) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, schema);
        if (c.into()) throw new SqlException(ErrorCode.ER_VIEW_SELECT_CLAUSE, "INTO");
        checkNoVariables(session, c.query());
        checkNoTemporaryTables(session, c.query());
        boolean isTable = catalog.table(schema, name) != null;
        if (c.alter()) {
            if (isTable) throw new SqlException(ErrorCode.ER_WRONG_OBJECT, schema, name, "VIEW");
            if (old == null) throw new SqlException(ErrorCode.ER_NO_SUCH_TABLE, schema, name);
        } else if (isTable) {
            if (c.orReplace()) throw new SqlException(ErrorCode.ER_WRONG_OBJECT, schema, name, "VIEW");
            throw new SqlException(ErrorCode.ER_TABLE_EXISTS_ERROR, name);
        } else if (old != null && !c.orReplace()) {
            throw new SqlException(ErrorCode.ER_TABLE_EXISTS_ERROR, name);
        }
        checkSomePrivilegeOnTables(session, c.query());
        // the SELECT must compile now, as the creating account, in the current database (1146, 1054, 1142, ...)
        env.expandingViews.add(schema + "." + name);
        QueryPlan plan;
        try {
            plan = env.queries().compile(c.query(), null);
        } finally {
            env.expandingViews.remove(schema + "." + name);
        }
        Query canonical = ViewText.canonical(catalog, session.currentDatabase(), c.query());
        List<String> selectNames = ViewText.columnNames(canonical);
        if (selectNames.size() != plan.columns().size()) {
            selectNames = plan.columns().stream().map(OutputColumn::name).toList();
        }
        List<String> columns;
        if (!c.columns().isEmpty()) {
            if (c.columns().size() != plan.columns().size()) throw new SqlException(ErrorCode.ER_VIEW_WRONG_LIST);
            columns = c.columns();
        } else {
            columns = selectNames;
        }
        Set<String> seen = new HashSet<>();
        for (String col : columns) {
            if (!seen.add(col.toLowerCase(Locale.ROOT))) throw new SqlException(ErrorCode.ER_DUP_FIELDNAME, col);
        }
        ViewAlgorithm algorithm = c.algorithm() != null ? c.algorithm()
                : c.alter() && old != null ? old.algorithm() : ViewAlgorithm.UNDEFINED;
        boolean invoker = c.invokerSecurity() != null ? c.invokerSecurity()
                : c.alter() && old != null && old.securityInvoker();
        boolean updatable = Updatability.updatable(catalog, canonical, algorithm);
        if (c.checkOption() != ViewCheckOption.NONE && !updatable) {
            throw new SqlException(ErrorCode.ER_VIEW_NONUPD_CHECK, schema, name);
        }
        if (c.definerGiven()) Definers.checkAndNoteOrphan(session, txn, definer);
        String introducer = session.variables.characterSetClient();
        String text = new SqlFormatter(introducer).formatQuery(canonical);
        long sqlMode = session.variables.sqlMode();
        Query parsed = CatalogStore.parseViewQuery(text, sqlMode);
        long now = session.statementStart().getEpochSecond();
        ViewDef def = new ViewDef(schema, name, definer.user(), definer.host(), invoker, algorithm, c.checkOption(),
                columns, !c.columns().isEmpty(), text, c.queryText(), sqlMode, session.variables.characterSetClient(),
                session.variables.collationConnection(), old != null ? old.createdSeconds() : now, updatable, parsed);
        CatalogStore.putView(txn, def);
        return catalog.withView(def);
    }

    /** 1351: user variables, routine variables and ? placeholders cannot be part of a view. */
    private static void checkNoVariables(SessionImpl session, Query query) {
        var locals = session.currentLocals;
        boolean[] found = {false};
        ViewText.visit(query, n -> {
            if (n instanceof io.sprocket.sql.ast.UserVariable || n instanceof io.sprocket.sql.ast.Parameter) found[0] = true;
            if (locals != null && n instanceof io.sprocket.sql.ast.ColumnRef col && col.table() == null
                    && locals.lookup(col.column()) != null) {
                found[0] = true;
            }
        });
        if (found[0]) throw new SqlException(ErrorCode.ER_VIEW_SELECT_VARIABLE);
    }

    /** CREATE VIEW's pre-check: some privilege on every table the SELECT names (1142 "ANY"), CTE names aside. */
    private static void checkSomePrivilegeOnTables(SessionImpl session, Query query) {
        Set<String> ctes = new HashSet<>();
        ViewText.visit(query, n -> {
            if (n instanceof io.sprocket.sql.ast.CommonTableExpression cte) ctes.add(cte.name());
        });
        String db = session.currentDatabase();
        ViewText.visit(query, n -> {
            if (n instanceof io.sprocket.sql.ast.TableName t) {
                if (t.name().schema() == null && ctes.contains(t.name().name())) return;
                String s = t.name().schema() != null ? t.name().schema() : db;
                if (s != null) AccessChecks.anyForView(session, s, t.name().name());
            }
        });
    }

    /** 1352: a temporary table cannot be part of a view. */
    private static void checkNoTemporaryTables(SessionImpl session, Query query) {
        String db = session.currentDatabase();
        ViewText.visit(query, n -> {
            if (n instanceof io.sprocket.sql.ast.TableName t) {
                String s = t.name().schema() != null ? t.name().schema() : db;
                if (s != null && session.isTemporary(s, t.name().name())) {
                    throw new SqlException(ErrorCode.ER_VIEW_SELECT_TMPTABLE, t.name().name());
                }
            }
        });
    }

    // ------------------------------------------------------------------ DROP

    /**
     * DROP VIEW: the DROP privilege on each view; in MySQL 8.0 a missing view fails the whole statement with 1051
     * naming every missing one, and changes nothing; a table is 1347. With IF EXISTS each missing view is a note.
     */
    private static Catalog drop(SessionImpl session, KvTransaction txn, Catalog catalog, DropView d) {
        List<ViewDef> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ObjectName n : d.names()) {
            String schema = RoutineDdl.schemaOf(session, n);
            AccessChecks.table(session, schema, n.name(), Privilege.DROP);
        }
        for (ObjectName n : d.names()) {
            String schema = RoutineDdl.schemaOf(session, n);
            ViewDef v = catalog.view(schema, n.name());
            if (v != null) {
                found.add(v);
                continue;
            }
            if (catalog.table(schema, n.name()) != null) {
                throw new SqlException(ErrorCode.ER_WRONG_OBJECT, schema, n.name(), "VIEW");
            }
            if (d.ifExists()) session.diagnostics.note(ErrorCode.ER_BAD_TABLE_ERROR, schema + "." + n.name());
            else missing.add(schema + "." + n.name());
        }
        if (!missing.isEmpty()) throw new SqlException(ErrorCode.ER_BAD_TABLE_ERROR, String.join(",", missing));
        Catalog after = catalog;
        for (ViewDef v : found) {
            if (after.view(v.schema(), v.name()) == null) continue; // named twice
            CatalogStore.deleteView(txn, v.schema(), v.name());
            after = after.withoutView(v.schema(), v.name());
        }
        return after;
    }
}
