package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.ExpressionText;
import io.sprocket.engine.catalog.ViewDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.LocalResult;
import io.sprocket.engine.security.Privilege;
import io.sprocket.sql.SqlFormatter;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * SHOW CREATE VIEW (and SHOW CREATE TABLE of a view), and the view rows of SHOW [FULL] TABLES and SHOW TABLE
 * STATUS (MySQL 8.0 Reference Manual, 15.7.7.13 SHOW CREATE VIEW Statement).
 */
final class ViewShows {
    private ViewShows() {
    }

    /** The view {@code name} names, or null when it names none. */
    static ViewDef find(SessionImpl s, Catalog catalog, ObjectName name) {
        String db = name.schema() != null ? name.schema() : s.currentDatabase();
        if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        return s.isTemporary(db, name.name()) ? null : catalog.view(db, name.name());
    }

    /**
     * SHOW CREATE VIEW: SHOW VIEW and SELECT on the view (1142 for each, in that order), 1347 for a table, 1146 when
     * there is nothing of that name.
     */
    static LocalResult showCreateView(SessionImpl s, StatementEnv env, ObjectName name) {
        Catalog catalog = env.catalog();
        String db = name.schema() != null ? name.schema() : s.currentDatabase();
        if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        ViewDef v = find(s, catalog, name);
        if (v == null) {
            AccessChecks.table(s, db, name.name(), Privilege.SHOW_VIEW);
            if (catalog.table(db, name.name()) != null || s.isTemporary(db, name.name())) {
                throw new SqlException(ErrorCode.ER_WRONG_OBJECT, db, name.name(), "VIEW");
            }
            throw new SqlException(ErrorCode.ER_NO_SUCH_TABLE, db, name.name());
        }
        return result(s, env, v);
    }

    /**
     * The result of SHOW CREATE VIEW / SHOW CREATE TABLE for view {@code v}, after the privilege checks; a view
     * whose SELECT no longer compiles is still shown, with the 1356 warning.
     */
    static LocalResult result(SessionImpl s, StatementEnv env, ViewDef v) {
        AccessChecks.table(s, v.schema(), v.name(), Privilege.SHOW_VIEW);
        AccessChecks.table(s, v.schema(), v.name(), Privilege.SELECT);
        try {
            var ref = Views.reference(env, env.catalog(), v.schema(), v.name());
            if (ref != null) ref.compile(q -> new io.sprocket.engine.exec.QueryCompiler(env).compile(q, null));
        } catch (SqlException e) {
            if (e.errno() == ErrorCode.ER_VIEW_INVALID.errno()) s.diagnostics.warn(ErrorCode.ER_VIEW_INVALID, v.schema(), v.name());
        }
        return new LocalResult(List.of(Shows.text("View", 64), Shows.text("Create View", 65535),
                Shows.text("character_set_client", 32), Shows.text("collation_connection", 64)))
                .add(v.name(), createText(v, s.currentDatabase()), v.characterSetClient(), v.collationConnection());
    }

    /**
     * {@code CREATE ALGORITHM=a DEFINER=`u`@`h` SQL SECURITY s VIEW `v` [(cols)] AS select ... [WITH ... CHECK
     * OPTION]}; the SELECT without database names when the view and all it names are in {@code currentDb}.
     */
    static String createText(ViewDef v, String currentDb) {
        boolean compact = ViewText.compact(v, currentDb);
        StringBuilder sb = new StringBuilder(128 + v.definitionText().length());
        sb.append("CREATE ALGORITHM=").append(v.algorithm().name())
                .append(" DEFINER=").append(ExpressionText.identifier(v.definerUser())).append('@')
                .append(ExpressionText.identifier(v.definerHost()))
                .append(" SQL SECURITY ").append(v.securityInvoker() ? "INVOKER" : "DEFINER").append(" VIEW ");
        // the view's name is qualified unless the current database is the view's; its SELECT only when something
        // it names is outside that database (MariaDB prints the same)
        if (!v.schema().equals(currentDb)) sb.append(ExpressionText.identifier(v.schema())).append('.');
        sb.append(ExpressionText.identifier(v.name()));
        if (v.explicitColumns()) {
            List<String> quoted = new ArrayList<>();
            for (String c : v.columns()) quoted.add(ExpressionText.identifier(c));
            sb.append(" (").append(String.join(",", quoted)).append(')');
        }
        Query q = compact ? ViewText.withoutDatabase(v.query(), v.schema()) : v.query();
        sb.append(" AS ").append(compact ? SqlFormatter.PLAIN.formatQuery(q) : v.definitionText());
        switch (v.checkOption()) {
            case NONE -> { }
            case LOCAL -> sb.append(" WITH LOCAL CHECK OPTION");
            case CASCADED -> sb.append(" WITH CASCADED CHECK OPTION");
        }
        return sb.toString();
    }

    /** The views of {@code db} the session may see (any privilege on the view or above), for SHOW TABLES. */
    static List<String> visibleNames(SessionImpl s, Catalog catalog, String db) {
        List<String> names = new ArrayList<>();
        for (ViewDef v : catalog.views(db)) if (AccessChecks.visibleTable(s, db, v.name())) names.add(v.name());
        return names;
    }

    // ------------------------------------------------------------------ information_schema

    static final List<String> VIEWS_COLUMNS = List.of("TABLE_CATALOG", "TABLE_SCHEMA", "TABLE_NAME", "VIEW_DEFINITION",
            "CHECK_OPTION", "IS_UPDATABLE", "DEFINER", "SECURITY_TYPE", "CHARACTER_SET_CLIENT", "COLLATION_CONNECTION");

    /** MySQL 8.0's column types of information_schema.VIEWS (VIEW_DEFINITION is LONGTEXT). */
    static final List<io.sprocket.engine.type.SqlType> VIEWS_TYPES = List.of(io.sprocket.engine.type.SqlType.varchar(64),
            io.sprocket.engine.type.SqlType.varchar(64), io.sprocket.engine.type.SqlType.varchar(64),
            io.sprocket.engine.type.SqlType.lob(io.sprocket.engine.type.TypeKind.LONGTEXT, null),
            io.sprocket.engine.type.SqlType.varchar(8), io.sprocket.engine.type.SqlType.varchar(3),
            io.sprocket.engine.type.SqlType.varchar(288), io.sprocket.engine.type.SqlType.varchar(7),
            io.sprocket.engine.type.SqlType.varchar(64), io.sprocket.engine.type.SqlType.varchar(64));

    /**
     * information_schema.VIEWS: the views the session may see; VIEW_DEFINITION only for the view's definer or an
     * account with SHOW VIEW and SELECT on it (empty otherwise), as MySQL 8.0 shows it.
     */
    static List<Object[]> viewRows(SessionImpl s, Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        var me = s.securityContext().user();
        for (ViewDef v : catalog.allViews()) {
            if (!AccessChecks.visibleDatabase(s, v.schema()) || !AccessChecks.visibleTable(s, v.schema(), v.name())) continue;
            var p = s.privileges().table(v.schema(), v.name());
            boolean definer = v.definerUser().equals(me.user()) && v.definerHost().equalsIgnoreCase(me.host());
            boolean readable = definer || p.contains(Privilege.SHOW_VIEW) && p.contains(Privilege.SELECT);
            rows.add(new Object[] {"def", v.schema(), v.name(), readable ? v.definitionText() : "",
                    v.checkOption().name(), v.updatable() ? "YES" : "NO", v.definer(),
                    v.securityInvoker() ? "INVOKER" : "DEFINER", v.characterSetClient(), v.collationConnection()});
        }
        return rows;
    }

    /** information_schema.TABLES rows of views: TABLE_TYPE VIEW, TABLE_COMMENT VIEW, the rest NULL. */
    static List<Object[]> tablesRows(SessionImpl s, Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (ViewDef v : catalog.allViews()) {
            if (!AccessChecks.visibleDatabase(s, v.schema()) || !AccessChecks.visibleTable(s, v.schema(), v.name())) continue;
            rows.add(new Object[] {"def", v.schema(), v.name(), "VIEW", null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, "VIEW"});
        }
        return rows;
    }

    /**
     * information_schema.COLUMNS rows of views: the view's SELECT is compiled in the view's context for the column
     * types; a view that cannot be compiled now (1356) has no rows, as MySQL skips it with a warning.
     */
    static List<Object[]> columnsRows(SessionImpl s, Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (ViewDef v : catalog.allViews()) {
            if (!AccessChecks.visibleDatabase(s, v.schema()) || !AccessChecks.visibleTable(s, v.schema(), v.name())) continue;
            io.sprocket.engine.exec.QueryPlan plan;
            try {
                StatementEnv env = new StatementEnv(s, catalog, null);
                var ref = Views.reference(env, catalog, v.schema(), v.name());
                if (ref == null) continue;
                plan = ref.compile(q -> new io.sprocket.engine.exec.QueryCompiler(env).compile(q, null));
            } catch (SqlException e) {
                continue;
            }
            for (int i = 0; i < plan.columns().size() && i < v.columns().size(); i++) {
                var col = plan.columns().get(i);
                var ty = col.type();
                rows.add(new Object[] {"def", v.schema(), v.name(), v.columns().get(i), (long) (i + 1), null,
                        col.nullable() ? "YES" : "NO", ty.dataType(), ty.characterMaximumLength(),
                        ty.characterOctetLength(), ty.numericPrecision(), ty.numericScale(), ty.datetimePrecision(),
                        ty.characterSetName(), ty.collationName(), ty.columnType(), "", "",
                        "select,insert,update,references", "", "", null});
            }
        }
        return rows;
    }

    /**
     * SHOW [FULL] COLUMNS / DESCRIBE of a view: SELECT on the view first (1142), then its columns as its SELECT
     * compiles now (1356 when it cannot); no keys, no defaults.
     */
    static LocalResult columns(SessionImpl s, StatementEnv env, ViewDef v, LocalResult r, boolean full) {
        AccessChecks.select(s, v.schema(), v.name());
        var ref = Views.reference(env, env.catalog(), v.schema(), v.name());
        io.sprocket.engine.exec.QueryPlan plan =
                ref.compile(q -> new io.sprocket.engine.exec.QueryCompiler(env).compile(q, null));
        for (int i = 0; i < plan.columns().size() && i < v.columns().size(); i++) {
            var col = plan.columns().get(i);
            List<Object> row = new ArrayList<>();
            row.add(v.columns().get(i));
            row.add(col.type().sqlText());
            if (full) row.add(col.type().collationName());
            row.add(col.nullable() ? "YES" : "NO");
            row.add("");
            row.add(null);
            row.add("");
            if (full) {
                row.add("select,insert,update,references");
                row.add("");
            }
            r.add(row.toArray());
        }
        return r;
    }
}
