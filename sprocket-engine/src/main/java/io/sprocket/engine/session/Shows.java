package io.sprocket.engine.session;

import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.DatabaseDef;
import io.sprocket.engine.catalog.IndexDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.ExpressionCompiler;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.expr.Scope;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.LocalResult;
import io.sprocket.engine.type.Charset;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.variable.LikePattern;
import io.sprocket.engine.variable.VariableRow;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Limit;
import io.sprocket.sql.ast.MaintenanceOperation;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.ShowBinaryLogs;
import io.sprocket.sql.ast.ShowCharacterSet;
import io.sprocket.sql.ast.ShowCollation;
import io.sprocket.sql.ast.ShowColumns;
import io.sprocket.sql.ast.RoutineKind;
import io.sprocket.sql.ast.ShowCreate;
import io.sprocket.sql.ast.ShowCreateKind;
import io.sprocket.sql.ast.ShowCreateDatabase;
import io.sprocket.sql.ast.ShowCreateTable;
import io.sprocket.sql.ast.ShowDatabases;
import io.sprocket.sql.ast.ShowEngines;
import io.sprocket.sql.ast.ShowErrorCount;
import io.sprocket.sql.ast.ShowErrors;
import io.sprocket.sql.ast.ShowFilter;
import io.sprocket.sql.ast.ShowGrants;
import io.sprocket.sql.ast.ShowIndex;
import io.sprocket.sql.ast.ShowLike;
import io.sprocket.sql.ast.ShowMasterStatus;
import io.sprocket.sql.ast.ShowOpenTables;
import io.sprocket.sql.ast.ShowPlugins;
import io.sprocket.sql.ast.ShowPrivileges;
import io.sprocket.sql.ast.ShowProcessList;
import io.sprocket.sql.ast.ShowRoutineStatus;
import io.sprocket.sql.ast.ShowStatement;
import io.sprocket.sql.ast.ShowStatus;
import io.sprocket.sql.ast.ShowTableStatus;
import io.sprocket.sql.ast.ShowTables;
import io.sprocket.sql.ast.ShowVariables;
import io.sprocket.sql.ast.ShowWarningCount;
import io.sprocket.sql.ast.ShowWarnings;
import io.sprocket.sql.ast.ShowWhere;
import io.sprocket.sql.ast.TableMaintenance;
import java.util.ArrayList;
import java.util.List;

/** The SHOW statements. Each builds a small materialised result; LIKE and WHERE filter its rows. */
final class Shows {
    private Shows() {}

    static LocalResult run(SessionImpl s, ShowStatement show, StatementEnv env) {
        return switch (show) {
            case ShowDatabases d -> filter(s, env, databases(s, env), d.filter(), 0);
            case ShowTables t -> tables(s, env, t);
            case ShowColumns c -> filter(s, env, columns(s, env, c.table(), c.full()), c.filter(), 0);
            case ShowIndex i -> filter(s, env, indexes(env, i.table()), i.where() == null ? null : new ShowWhere(i.where()), -1);
            case ShowCreateDatabase d -> createDatabase(env, d);
            case ShowCreateTable t -> createTable(s, env, t.table());
            case ShowCreate c when c.kind() == ShowCreateKind.PROCEDURE || c.kind() == ShowCreateKind.FUNCTION ->
                    RoutineShows.showCreate(s, env.catalog(), RoutineKind.valueOf(c.kind().name()), c.name());
            case ShowCreate c when c.kind() == ShowCreateKind.EVENT -> EventShows.showCreate(s, env.catalog(), c.name());
            case ShowCreate c when c.kind() == ShowCreateKind.TRIGGER -> TriggerShows.showCreate(s, env.catalog(), c.name());
            case ShowCreate c when c.kind() == ShowCreateKind.VIEW -> ViewShows.showCreateView(s, env, c.name());
            case ShowCreate c -> throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "SHOW CREATE " + c.kind());
            case io.sprocket.sql.ast.ShowTriggers t ->
                    filter(s, env, TriggerShows.showTriggers(s, env.catalog(), t.database()), t.filter(), 2);
            case ShowVariables v -> filter(s, env, variables(s, v), v.filter(), 0);
            case ShowStatus st -> filter(s, env, status(s, st), st.filter(), 0);
            case ShowWarnings w -> conditions(s, w.limit(), false, env);
            case ShowErrors e -> conditions(s, e.limit(), true, env);
            case ShowWarningCount w -> count("@@session.warning_count", s.diagnostics.warningCount());
            case ShowErrorCount e -> count("@@session.error_count", s.diagnostics.errorCount());
            case ShowProcessList p -> processList(s, p.full());
            case ShowEngines e -> engines();
            case ShowCharacterSet c -> filter(s, env, charsets(), c.filter(), 0);
            case ShowCollation c -> filter(s, env, collations(), c.filter(), 0);
            case ShowTableStatus t -> filter(s, env, tableStatus(s, env, t.database()), t.filter(), 0);
            case io.sprocket.sql.ast.ShowEvents e ->
                    filter(s, env, EventShows.showEvents(s, env.catalog(), e.database()), e.filter(), 1);
            case ShowRoutineStatus r -> filter(s, env, RoutineShows.status(s, env.catalog(), r.kind()), r.filter(), 1);
            case ShowGrants g -> grants(s, g);
            case ShowPrivileges p -> {
                LocalResult r = new LocalResult(List.of(text("Privilege", 64), text("Context", 64), text("Comment", 64)));
                for (var row : io.sprocket.engine.security.PrivilegeRows.rows()) r.add(row.privilege(), row.context(), row.comment());
                yield r;
            }
            case ShowOpenTables o -> new LocalResult(List.of(text("Database", 64), text("Table", 64),
                    LocalResult.longColumn("In_use", 1), LocalResult.longColumn("Name_locked", 4)));
            case ShowPlugins p -> plugins();
            case ShowBinaryLogs b -> throw new SqlException(ErrorCode.ER_NO_BINARY_LOGGING);
            case io.sprocket.sql.ast.ShowCreateUser u -> throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "SHOW CREATE USER");
            case ShowMasterStatus m -> new LocalResult(List.of(text("File", 64), LocalResult.longColumn("Position", 20),
                    text("Binlog_Do_DB", 64), text("Binlog_Ignore_DB", 64), text("Executed_Gtid_Set", 64)));
        };
    }

    static ColumnMeta text(String name, int chars) {
        return LocalResult.textColumn(name, chars);
    }

    private static LocalResult count(String name, long value) {
        return new LocalResult(List.of(LocalResult.longColumn(name, 21))).add(value);
    }

    /** LIKE on column {@code likeColumn} (-1: none) or WHERE over the result's own columns. */
    private static LocalResult filter(SessionImpl s, StatementEnv env, LocalResult r, ShowFilter f, int likeColumn) {
        if (f == null) return r;
        LocalResult out = new LocalResult(r.columns());
        switch (f) {
            case ShowLike like -> {
                LikePattern p = LikePattern.of(like.pattern());
                for (Object[] row : r.rows()) {
                    Object v = row[Math.max(likeColumn, 0)];
                    if (v != null && p.matches(v.toString())) out.add(row);
                }
            }
            case ShowWhere where -> {
                Scope scope = new Scope(null);
                List<String> names = new ArrayList<>();
                List<SqlType> types = new ArrayList<>();
                for (ColumnMeta c : r.columns()) {
                    names.add(c.name());
                    types.add(c.type() == io.sprocket.engine.result.ColumnType.LONGLONG ? SqlType.BIGINT : SqlType.varchar(c.length() / 4));
                }
                scope.add(null, "", "", names, types, names.stream().map(n -> true).toList(), names.stream().map(n -> false).toList());
                BoundExpression cond = new ExpressionCompiler(env.standalone()).compile(where.condition(), scope, "where clause");
                ExecContext ctx = new ExecContext(s, null);
                for (Object[] row : r.rows()) {
                    Boolean t = Ops.truth(cond.eval(row, ctx), s.diagnostics);
                    if (t != null && t) out.add(row);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ databases and tables

    static List<String> databaseNames(StatementEnv env) {
        List<String> names = new ArrayList<>();
        names.add("information_schema");
        for (DatabaseDef db : env.catalog().databases()) {
            if (AccessChecks.visibleDatabase(env.session(), db.name())) names.add(db.name());
        }
        names.add("performance_schema");
        names.sort(String::compareTo);
        return names;
    }

    private static LocalResult databases(SessionImpl s, StatementEnv env) {
        LocalResult r = new LocalResult(List.of(text("Database", 64)));
        for (String n : databaseNames(env)) r.add(n);
        return r;
    }

    private static String schemaOrCurrent(StatementEnv env, String schema) {
        String db = schema != null ? schema : env.currentDatabase();
        if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        if (!db.equalsIgnoreCase("information_schema") && !db.equalsIgnoreCase("performance_schema")
                && env.catalog().database(db) == null) {
            throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, db);
        }
        return db;
    }

    private static LocalResult tables(SessionImpl s, StatementEnv env, ShowTables t) {
        String db = schemaOrCurrent(env, t.database());
        String header = "Tables_in_" + db + (t.filter() instanceof ShowLike like ? " (" + like.pattern() + ")" : "");
        List<ColumnMeta> cols = new ArrayList<>(List.of(text(header, 64)));
        if (t.full()) cols.add(text("Table_type", 64));
        LocalResult r = new LocalResult(cols);
        List<String> names = new ArrayList<>();
        if (db.equalsIgnoreCase("information_schema")) names.addAll(InfoSchema.tableNames());
        else {
            if (!AccessChecks.visibleDatabase(s, db)) AccessChecks.useDatabase(s, db);  // 1044
            for (TableDef td : s.engine.catalog().tables(db)) { // temporary tables are not listed
                if (AccessChecks.visibleTable(s, db, td.name())) names.add(td.name());
            }
        }
        List<String> views = db.equalsIgnoreCase("information_schema") ? List.of()
                : ViewShows.visibleNames(s, s.engine.catalog(), db);
        names.addAll(views);
        if (!views.isEmpty()) java.util.Collections.sort(names);
        for (String n : names) {
            if (t.full()) r.add(n, db.equalsIgnoreCase("information_schema") ? "SYSTEM VIEW"
                    : views.contains(n) ? "VIEW" : "BASE TABLE");
            else r.add(n);
        }
        return filter(s, env, r, t.filter(), 0);
    }

    static TableDef table(StatementEnv env, ObjectName name) {
        String db = name.schema() != null ? name.schema() : env.currentDatabase();
        if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        TableDef t = env.catalog().table(db, name.name());
        if (t == null) throw new SqlException(ErrorCode.ER_NO_SUCH_TABLE, db, name.name());
        return t;
    }

    static String keyOf(TableDef t, int column) {
        for (IndexDef i : t.indexes()) {
            if (i.parts().isEmpty() || i.parts().get(0).column() != column) continue;
            if (i.isPrimary()) return "PRI";
        }
        for (IndexDef i : t.indexes()) {
            if (i.parts().isEmpty() || i.parts().get(0).column() != column) continue;
            if (i.isUnique() && i.parts().size() == 1 && !t.columns().get(column).nullable()) return "PRI".equals(keyOf0(t)) ? "UNI" : "UNI";
            if (i.isUnique() && i.parts().size() == 1) return "UNI";
            return "MUL";
        }
        return "";
    }

    private static String keyOf0(TableDef t) { return t.primaryKey() == null ? "" : "PRI"; }

    static String extraOf(ColumnDef c) {
        List<String> parts = new ArrayList<>();
        if (c.autoIncrement()) parts.add("auto_increment");
        if (c.defaultExpression() != null) parts.add("DEFAULT_GENERATED");
        if (c.onUpdateNow()) parts.add("on update CURRENT_TIMESTAMP" + (c.type().fsp() > 0 ? "(" + c.type().fsp() + ")" : ""));
        if (c.invisible()) parts.add("INVISIBLE");
        return String.join(" ", parts);
    }

    static String defaultText(ColumnDef c) {
        if (c.defaultExpression() != null) {
            return io.sprocket.engine.catalog.ExpressionText.format(c.defaultExpression());
        }
        Object v = c.defaultValue();
        if (v == null) return null;
        return Ops.toStr(io.sprocket.engine.type.Values.toWire(v) instanceof byte[] b ? new String(b) : textOf(v, c.type()));
    }

    private static String textOf(Object v, SqlType type) {
        Object wire = io.sprocket.engine.type.Values.toWire(v);
        return new String(io.sprocket.engine.result.WireValues.text(wire, type.expressionMeta("", false)),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static LocalResult columns(SessionImpl s, StatementEnv env, ObjectName name, boolean full) {
        var view = ViewShows.find(s, env.catalog(), name);
        TableDef t = view != null ? null : table(env, name);
        List<ColumnMeta> cols = new ArrayList<>();
        cols.add(text("Field", 64));
        cols.add(text("Type", 64));
        if (full) cols.add(text("Collation", 64));
        cols.add(text("Null", 3));
        cols.add(text("Key", 3));
        cols.add(text("Default", 64));
        cols.add(text("Extra", 64));
        if (full) {
            cols.add(text("Privileges", 64));
            cols.add(text("Comment", 64));
        }
        LocalResult r = new LocalResult(cols);
        if (view != null) return ViewShows.columns(s, env, view, r, full);
        for (int i = 0; i < t.columns().size(); i++) {
            ColumnDef c = t.columns().get(i);
            List<Object> row = new ArrayList<>();
            row.add(c.name());
            row.add(c.type().sqlText());
            if (full) row.add(c.type().collationName());
            row.add(c.nullable() ? "YES" : "NO");
            row.add(keyOf(t, i));
            row.add(defaultText(c));
            row.add(extraOf(c));
            if (full) {
                row.add("select,insert,update,references");
                row.add(c.comment());
            }
            r.add(row.toArray());
        }
        return r;
    }

    static List<Object[]> indexRows(TableDef t) {
        List<Object[]> rows = new ArrayList<>();
        for (IndexDef i : t.indexes()) {
            int seq = 0;
            for (IndexDef.Part p : i.parts()) {
                seq++;
                ColumnDef c = t.columns().get(p.column());
                rows.add(new Object[] {t.name(), i.isUnique() ? 0L : 1L, i.name(), (long) seq, c.name(),
                        p.descending() ? "D" : "A", 0L, p.prefixLength() > 0 ? (Object) (long) p.prefixLength() : null,
                        null, c.nullable() ? "YES" : "", "BTREE", "", i.comment(), i.visible() ? "YES" : "NO", null});
            }
        }
        return rows;
    }

    private static LocalResult indexes(StatementEnv env, ObjectName name) {
        TableDef t = table(env, name);
        LocalResult r = new LocalResult(List.of(text("Table", 64), LocalResult.longColumn("Non_unique", 1),
                text("Key_name", 64), LocalResult.longColumn("Seq_in_index", 2), text("Column_name", 64),
                text("Collation", 1), LocalResult.longColumn("Cardinality", 21), LocalResult.longColumn("Sub_part", 3),
                text("Packed", 10), text("Null", 3), text("Index_type", 16), text("Comment", 16),
                text("Index_comment", 1024), text("Visible", 3), text("Expression", 64)));
        for (Object[] row : indexRows(t)) r.add(row);
        return r;
    }

    private static LocalResult createDatabase(StatementEnv env, ShowCreateDatabase d) {
        DatabaseDef db = env.catalog().database(d.name());
        if (db == null) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, d.name());
        return new LocalResult(List.of(text("Database", 64), text("Create Database", 1024)))
                .add(db.name(), io.sprocket.engine.catalog.ShowCreate.database(db, d.ifNotExists()));
    }

    private static LocalResult createTable(SessionImpl s, StatementEnv env, ObjectName name) {
        var view = ViewShows.find(s, env.catalog(), name);
        if (view != null) return ViewShows.result(s, env, view); // MySQL answers SHOW CREATE TABLE of a view as SHOW CREATE VIEW
        TableDef t = table(env, name);
        long next = s.engine.tableStore(t).nextAutoIncrement();
        return new LocalResult(List.of(text("Table", 64), text("Create Table", 1024)))
                .add(t.name(), io.sprocket.engine.catalog.ShowCreate.table(t, next));
    }

    // ------------------------------------------------------------------ variables, status, diagnostics

    private static LocalResult variables(SessionImpl s, ShowVariables v) {
        LocalResult r = new LocalResult(List.of(text("Variable_name", 64), text("Value", 1024)));
        String like = v.filter() instanceof ShowLike l ? l.pattern() : null;
        List<VariableRow> rows = s.variables.show(SessionImpl.keyword(v.scope()), like);
        for (VariableRow row : rows) r.add(row.name(), row.value());
        return r;
    }

    private static LocalResult status(SessionImpl s, ShowStatus st) {
        LocalResult r = new LocalResult(List.of(text("Variable_name", 64), text("Value", 1024)));
        String like = st.filter() instanceof ShowLike l ? l.pattern() : null;
        for (VariableRow row : s.engine.status().show(like)) r.add(row.name(), row.value());
        return r;
    }

    private static LocalResult conditions(SessionImpl s, Limit limit, boolean errorsOnly, StatementEnv env) {
        LocalResult r = new LocalResult(List.of(text("Level", 7), LocalResult.longColumn("Code", 4), text("Message", 512)));
        long max = Long.MAX_VALUE, offset = 0;
        if (limit != null) {
            ExecContext ctx = new ExecContext(s, null);
            max = Ops.toLong(env.compileConstant(limit.count()).eval(null, ctx), s.diagnostics);
            if (limit.offset() != null) offset = Ops.toLong(env.compileConstant(limit.offset()).eval(null, ctx), s.diagnostics);
        }
        long i = 0;
        for (Condition c : s.conditions()) {
            if (errorsOnly && c.level() != Condition.Level.ERROR) continue;
            if (i++ < offset) continue;
            if (r.rows().size() >= max) break;
            r.add(c.level().text(), (long) c.errno(), c.message());
        }
        return r;
    }

    private static LocalResult processList(SessionImpl s, boolean full) {
        LocalResult r = new LocalResult(List.of(LocalResult.longColumn("Id", 21), text("User", 32), text("Host", 261),
                text("db", 64), text("Command", 16), LocalResult.longColumn("Time", 7), text("State", 30), text("Info", full ? 65535 : 100)));
        for (SessionImpl other : s.engine.sessions()) {
            String info = other.currentStatementText();
            if (info != null && !full && info.length() > 100) info = info.substring(0, 100);
            r.add(other.connectionId(), other.client().user().user(), other.client().user().host(),
                    other.currentDatabase(), info == null ? "Sleep" : "Query", other.statementSeconds(),
                    info == null ? "" : "executing", info);
        }
        return r;
    }

    private static LocalResult engines() {
        return new LocalResult(List.of(text("Engine", 64), text("Support", 8), text("Comment", 80),
                text("Transactions", 3), text("XA", 3), text("Savepoints", 3)))
                .add("InnoDB", "DEFAULT", "Supports transactions, row-level locking, and foreign keys", "YES", "YES", "YES");
    }

    private static LocalResult charsets() {
        LocalResult r = new LocalResult(List.of(text("Charset", 32), text("Description", 2048),
                text("Default collation", 64), LocalResult.longColumn("Maxlen", 3)));
        List<Charset> list = new ArrayList<>(CollationRegistry.instance().charsets());
        list.sort((a, b) -> a.name().compareTo(b.name()));
        for (Charset c : list) r.add(c.name(), c.description(), c.defaultCollation(), (long) c.maxLength());
        return r;
    }

    private static LocalResult collations() {
        LocalResult r = new LocalResult(List.of(text("Collation", 64), text("Charset", 64), LocalResult.longColumn("Id", 20),
                text("Default", 3), text("Compiled", 3), LocalResult.longColumn("Sortlen", 3), text("Pad_attribute", 9)));
        List<Collation> list = new ArrayList<>(CollationRegistry.instance().collations());
        list.sort((a, b) -> a.name().compareTo(b.name()));
        for (Collation c : list) {
            r.add(c.name(), c.charsetName(), (long) c.id(), c.isDefault() ? "Yes" : "", "Yes", (long) c.sortLength(), c.padAttribute());
        }
        return r;
    }

    private static LocalResult tableStatus(SessionImpl s, StatementEnv env, String database) {
        String db = schemaOrCurrent(env, database);
        LocalResult r = new LocalResult(List.of(text("Name", 64), text("Engine", 64), LocalResult.longColumn("Version", 2),
                text("Row_format", 10), LocalResult.longColumn("Rows", 21), LocalResult.longColumn("Avg_row_length", 21),
                LocalResult.longColumn("Data_length", 21), LocalResult.longColumn("Max_data_length", 21),
                LocalResult.longColumn("Index_length", 21), LocalResult.longColumn("Data_free", 21),
                LocalResult.longColumn("Auto_increment", 21), text("Create_time", 19), text("Update_time", 19),
                text("Check_time", 19), text("Collation", 64), LocalResult.longColumn("Checksum", 21),
                text("Create_options", 256), text("Comment", 2048)));
        java.util.Set<String> views = new java.util.HashSet<>(ViewShows.visibleNames(s, env.catalog(), db));
        java.util.TreeMap<String, TableDef> byName = new java.util.TreeMap<>();
        for (TableDef t : env.catalog().tables(db)) byName.put(t.name(), t);
        for (String v : views) byName.put(v, null);
        for (var e : byName.entrySet()) {
            TableDef t = e.getValue();
            if (t == null) { // a view: every column NULL but Comment (MySQL 8.0, 15.7.7.38 SHOW TABLE STATUS)
                r.add(e.getKey(), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, "VIEW");
                continue;
            }
            if (!AccessChecks.visibleTable(s, db, t.name())) continue;
            Long auto = t.autoIncrementColumn() >= 0 ? s.engine.tableStore(t).nextAutoIncrement() : null;
            r.add(t.name(), t.engine(), 10L, "Dynamic", 0L, 0L, 16384L, 0L, 0L, 0L, auto, null, null, null,
                    t.collation().name(), null, String.join(" ", t.createOptions()), t.comment());
        }
        return r;
    }

    private static LocalResult grants(SessionImpl s, ShowGrants g) {
        var me = s.securityContext().user();
        var account = g.account() == null ? me : AccountDdl.name(g.account());
        if (!account.equals(me) && !s.privileges().database("mysql").contains(io.sprocket.engine.security.Privilege.SELECT)) {
            throw new SqlException(ErrorCode.ER_DBACCESS_DENIED_ERROR, me.user(), me.host(), "mysql");
        }
        boolean exists;
        try (var reader = s.engine.store().newSnapshotReader()) {
            exists = s.engine.accountStore().all(reader).stream().anyMatch(a -> a.name().equals(account));
        }
        if (!exists) throw new SqlException(ErrorCode.ER_NONEXISTING_GRANT, account.user(), account.host());
        java.util.List<io.sprocket.engine.security.AccountName> using = new java.util.ArrayList<>();
        for (var u : g.using()) using.add(AccountDdl.name(u));
        LocalResult r = new LocalResult(List.of(text(io.sprocket.engine.security.GrantsText.columnName(account), 1024)));
        for (String line : io.sprocket.engine.security.GrantsText.showGrants(s.engine.grants(), account, using)) r.add(line);
        return r;
    }

    private static LocalResult plugins() {
        LocalResult r = new LocalResult(List.of(text("Name", 64), text("Status", 10), text("Type", 80),
                text("Library", 64), text("License", 80)));
        r.add("mysql_native_password", "ACTIVE", "AUTHENTICATION", null, "GPL");
        r.add("caching_sha2_password", "ACTIVE", "AUTHENTICATION", null, "GPL");
        r.add("InnoDB", "ACTIVE", "STORAGE ENGINE", null, "GPL");
        return r;
    }

    static LocalResult maintenance(SessionImpl s, TableMaintenance m, StatementEnv env) {
        LocalResult r = new LocalResult(List.of(text("Table", 64), text("Op", 10), text("Msg_type", 10), text("Msg_text", 1024)));
        String op = m.operation().name().toLowerCase();
        for (ObjectName n : m.tables()) {
            String db = n.schema() != null ? n.schema() : env.currentDatabase();
            TableDef t = db == null ? null : env.catalog().table(db, n.name());
            String name = (db == null ? "" : db) + "." + n.name();
            if (t == null) {
                r.add(name, op, "Error", "Table '" + name + "' doesn't exist");
                r.add(name, op, "status", "Operation failed");
            } else if (m.operation() == MaintenanceOperation.OPTIMIZE) {
                r.add(name, op, "note", "Table does not support optimize, doing recreate + analyze instead");
                r.add(name, op, "status", "OK");
            } else {
                r.add(name, op, "status", "OK");
            }
        }
        return r;
    }

    /** COM_FIELD_LIST. */
    static List<ColumnMeta> fieldList(SessionImpl s, String table, String wildcard) {
        StatementEnv env = new StatementEnv(s, s.engine.catalog());
        TableDef t = table(env, new ObjectName(null, table));
        LikePattern p = wildcard == null || wildcard.isEmpty() ? null : LikePattern.of(wildcard);
        List<ColumnMeta> out = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            if (p != null && !p.matches(c.name())) continue;
            out.add(c.type().columnMeta(t.schema(), t.name(), t.name(), c.name(), c.name(),
                    c.nullable() ? 0 : io.sprocket.engine.result.ColumnFlags.NOT_NULL));
        }
        return out;
    }

    static Expression unused() { return null; }
}
