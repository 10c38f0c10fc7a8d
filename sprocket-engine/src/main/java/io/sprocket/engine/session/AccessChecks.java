package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.security.EffectivePrivileges;
import io.sprocket.engine.security.Privilege;
import io.sprocket.sql.ast.RoutineKind;
import java.util.Locale;

/**
 * The one place statements ask whether the current security context may do something, with MySQL 8.0's errors.
 * Each check reads the session's effective privileges (its account plus active roles, recomputed when the grant
 * tables change). Messages name the account's user; 1044 and 1370 name the account's host, 1142 the client's
 * host, as MySQL does.
 */
final class AccessChecks {
    private AccessChecks() {
    }

    /** Databases everyone may read: their contents are filtered per user instead. */
    static boolean isOpenSchema(String db) {
        return db.equalsIgnoreCase("information_schema") || db.equalsIgnoreCase("performance_schema");
    }

    /** USE db (and a login's default database): any privilege on the database or below (1044). */
    static void useDatabase(SessionImpl s, String db) {
        if (isOpenSchema(db)) return;
        EffectivePrivileges p = s.privileges();
        if (!p.mayUse(db)) throw dbDenied(s, db);
    }

    /** A privilege on the database (CREATE ROUTINE, CREATE / DROP DATABASE, ...): 1044. */
    static void database(SessionImpl s, String db, Privilege privilege) {
        if (!s.privileges().database(db).contains(privilege)) throw dbDenied(s, db);
    }

    /** A privilege on a table (SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, ...): 1142. */
    static void table(SessionImpl s, String db, String table, Privilege privilege) {
        if (isOpenSchema(db) || s.isTemporary(db, table)) return;
        if (s.privileges().table(db, table).contains(privilege)) return;
        throw new SqlException(ErrorCode.ER_TABLEACCESS_DENIED_ERROR, command(privilege), s.securityContext().user().user(),
                s.clientHost(), table);
    }

    /**
     * SELECT on a table a query reads: null when the whole table may be read; when only some columns may
     * (column grants), a check for each column the query reads (1143); 1142 when none may.
     */
    static java.util.function.Consumer<String> select(SessionImpl s, String db, String table) {
        if (isOpenSchema(db) || s.isTemporary(db, table)) return null;
        var p = s.privileges();
        if (p.table(db, table).contains(Privilege.SELECT)) return null;
        if (!p.anyColumn(db, table).contains(Privilege.SELECT)) {
            throw new SqlException(ErrorCode.ER_TABLEACCESS_DENIED_ERROR, "SELECT", s.securityContext().user().user(),
                    s.clientHost(), table);
        }
        return column -> {
            if (!s.privileges().column(db, table, column).contains(Privilege.SELECT)) {
                throw new SqlException(ErrorCode.ER_COLUMNACCESS_DENIED_ERROR, "SELECT", s.securityContext().user().user(),
                        s.clientHost(), column, table);
            }
        };
    }

    /**
     * Columns an UPDATE or DELETE reads from its own target table (in WHERE, in SET's values) need SELECT on them
     * (MySQL 8.0 Reference Manual, 15.2.17 UPDATE Statement: "You need the SELECT privilege only for columns that
     * are read"): 1143 per column; a statement that reads none needs no SELECT. Null when SELECT is held on the table.
     */
    static java.util.function.Consumer<String> columnsRead(SessionImpl s, String db, String table) {
        if (isOpenSchema(db) || s.isTemporary(db, table)) return null;
        if (s.privileges().table(db, table).contains(Privilege.SELECT)) return null;
        return column -> {
            if (!s.privileges().column(db, table, column).contains(Privilege.SELECT)) {
                throw new SqlException(ErrorCode.ER_COLUMNACCESS_DENIED_ERROR, "SELECT", s.securityContext().user().user(),
                        s.clientHost(), column, table);
            }
        };
    }

    /**
     * CREATE VIEW: some privilege (SELECT, INSERT, UPDATE or DELETE) on each table the view names, at table or
     * column level; 1142 for command ANY naming the account's host, as MySQL's view pre-check says.
     */
    static void anyForView(SessionImpl s, String db, String table) {
        if (isOpenSchema(db) || s.isTemporary(db, table)) return;
        var p = s.privileges();
        for (Privilege x : new Privilege[] {Privilege.SELECT, Privilege.INSERT, Privilege.UPDATE, Privilege.DELETE}) {
            if (p.table(db, table).contains(x) || p.anyColumn(db, table).contains(x)) return;
        }
        var a = s.securityContext().user();
        throw new SqlException(ErrorCode.ER_TABLEACCESS_DENIED_ERROR, "ANY", a.user(), a.host(), table);
    }

    /** A privilege on one column (UPDATE of a SET target): table level or the column's own grant, else 1143. */
    static void column(SessionImpl s, String db, String table, String column, Privilege privilege) {
        if (isOpenSchema(db) || s.isTemporary(db, table)) return;
        var p = s.privileges();
        if (p.column(db, table, column).contains(privilege)) return;
        if (!p.anyColumn(db, table).contains(privilege)) {
            throw new SqlException(ErrorCode.ER_TABLEACCESS_DENIED_ERROR, command(privilege), s.securityContext().user().user(),
                    s.clientHost(), table);
        }
        throw new SqlException(ErrorCode.ER_COLUMNACCESS_DENIED_ERROR, command(privilege), s.securityContext().user().user(),
                s.clientHost(), column, table);
    }

    /** INSERT: the table-level privilege, or (with a column list) INSERT on every listed column. */
    static void insert(SessionImpl s, String db, String table, java.util.List<String> columns) {
        if (isOpenSchema(db) || s.isTemporary(db, table)) return;
        var p = s.privileges();
        if (p.table(db, table).contains(Privilege.INSERT)) return;
        if (columns.isEmpty() || !p.anyColumn(db, table).contains(Privilege.INSERT)) {
            throw new SqlException(ErrorCode.ER_TABLEACCESS_DENIED_ERROR, "INSERT", s.securityContext().user().user(),
                    s.clientHost(), table);
        }
        for (String c : columns) column(s, db, table, c, Privilege.INSERT);
    }

    /** A privilege on a stored routine (EXECUTE, ALTER ROUTINE): 1370, naming db.routine. */
    static void routine(SessionImpl s, String db, RoutineKind kind, String name, Privilege privilege) {
        if (s.privileges().routine(db, kind, name).contains(privilege)) return;
        var a = s.securityContext().user();  // 1370 names the account's host (oracle)
        throw new SqlException(ErrorCode.ER_PROCACCESS_DENIED_ERROR, command(privilege).toLowerCase(Locale.ROOT),
                a.user(), a.host(), db + "." + name);
    }

    /** A global privilege (CREATE USER, SUPER, ...): 1227. */
    static void global(SessionImpl s, Privilege privilege) {
        if (s.privileges().hasGlobal(privilege)) return;
        throw new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, privilege.sqlName());
    }

    /**
     * DDL (MySQL 8.0 Reference Manual, 8.2.2 Privileges Provided by MySQL): CREATE / DROP / ALTER DATABASE need
     * that privilege on the database (1044); CREATE TABLE, DROP TABLE (and TRUNCATE), ALTER TABLE, CREATE / DROP
     * INDEX and RENAME TABLE need theirs on each table (1142); CREATE TEMPORARY TABLE needs CREATE TEMPORARY TABLES
     * on the database (1044). Checked before the objects' existence, as MySQL does.
     */
    static void ddl(SessionImpl s, io.sprocket.sql.ast.DdlStatement d) {
        switch (d) {
            case io.sprocket.sql.ast.CreateDatabase c -> database(s, c.name(), Privilege.CREATE);
            case io.sprocket.sql.ast.DropDatabase c -> database(s, c.name(), Privilege.DROP);
            case io.sprocket.sql.ast.AlterDatabase c -> {
                if (c.name() != null) database(s, c.name(), Privilege.ALTER);
            }
            case io.sprocket.sql.ast.CreateTable c -> {
                String db = schema(s, c.name());
                if (db == null) return;
                if (c.temporary()) database(s, db, Privilege.CREATE_TEMPORARY_TABLES);
                else table(s, db, c.name().name(), Privilege.CREATE);
                if (c.like() != null) {
                    String from = schema(s, c.like());
                    if (from != null) table(s, from, c.like().name(), Privilege.SELECT);
                }
            }
            case io.sprocket.sql.ast.DropTable c -> {
                for (var n : c.tables()) {
                    String db = schema(s, n);
                    if (db != null && !c.temporary() && !s.isTemporary(db, n.name())) table(s, db, n.name(), Privilege.DROP);
                }
            }
            case io.sprocket.sql.ast.TruncateTable c -> {
                String db = schema(s, c.table());
                if (db != null && !s.isTemporary(db, c.table().name())) table(s, db, c.table().name(), Privilege.DROP);
            }
            case io.sprocket.sql.ast.AlterTable c -> {
                String db = schema(s, c.table());
                if (db != null && !s.isTemporary(db, c.table().name())) table(s, db, c.table().name(), Privilege.ALTER);
            }
            case io.sprocket.sql.ast.CreateIndex c -> {
                String db = schema(s, c.table());
                if (db != null && !s.isTemporary(db, c.table().name())) table(s, db, c.table().name(), Privilege.INDEX);
            }
            case io.sprocket.sql.ast.DropIndex c -> {
                String db = schema(s, c.table());
                if (db != null && !s.isTemporary(db, c.table().name())) table(s, db, c.table().name(), Privilege.INDEX);
            }
            case io.sprocket.sql.ast.RenameTable c -> {
                for (var r : c.renames()) {
                    String from = schema(s, r.from());
                    String to = schema(s, r.to());
                    if (from != null) {
                        table(s, from, r.from().name(), Privilege.ALTER);
                        table(s, from, r.from().name(), Privilege.DROP);
                    }
                    if (to != null) {
                        table(s, to, r.to().name(), Privilege.CREATE);
                        table(s, to, r.to().name(), Privilege.INSERT);
                    }
                }
            }
        }
    }

    private static String schema(SessionImpl s, io.sprocket.sql.ast.ObjectName n) {
        return n.schema() != null ? n.schema() : s.currentDatabase();
    }

    // ------------------------------------------------------------------ what a user sees

    /**
     * SHOW DATABASES, information_schema.SCHEMATA: databases the user has any privilege on (or below), all of
     * them with SHOW DATABASES; information_schema and performance_schema always.
     */
    static boolean visibleDatabase(SessionImpl s, String db) {
        if (isOpenSchema(db)) return true;
        var p = s.privileges();
        return p.hasGlobal(Privilege.SHOW_DATABASES) || p.anyOnDatabase(db);
    }

    /** SHOW TABLES, information_schema.TABLES / COLUMNS / ...: tables with any privilege on them or above. */
    static boolean visibleTable(SessionImpl s, String db, String table) {
        return isOpenSchema(db) || s.privileges().anyOnTable(db, table);
    }

    /** SHOW PROCEDURE STATUS, information_schema.ROUTINES: one's own routines and those one has a privilege on. */
    static boolean visibleRoutine(SessionImpl s, io.sprocket.engine.catalog.RoutineDef r) {
        var me = s.securityContext().user();
        if (r.definerUser().equals(me.user()) && r.definerHost().equalsIgnoreCase(me.host())) return true;
        return s.privileges().anyOnRoutine(r.schema(), r.kind(), r.name());
    }

    /**
     * LOCK TABLES: the LOCK TABLES privilege on each table's database (1044) and SELECT on the table (1142)
     * (MySQL 8.0 Reference Manual, 15.3.6 LOCK TABLES and UNLOCK TABLES Statements).
     */
    static void lockTables(SessionImpl s, io.sprocket.sql.ast.LockTables l) {
        for (var lock : l.locks()) {
            String db = lock.table().schema() != null ? lock.table().schema() : s.currentDatabase();
            if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
            if (isOpenSchema(db) || s.isTemporary(db, lock.table().name())) continue;
            database(s, db, Privilege.LOCK_TABLES);
            table(s, db, lock.table().name(), Privilege.SELECT);
        }
    }

    /**
     * A trigger's NEW / OLD column: the definer needs SELECT to read it, UPDATE to set it, on the table or the
     * column; MySQL reports a missing one as a column privilege (1143) in any case.
     */
    static void triggerColumn(SessionImpl s, String db, String table, String column, Privilege privilege) {
        if (isOpenSchema(db) || s.privileges().column(db, table, column).contains(privilege)) return;
        throw new SqlException(ErrorCode.ER_COLUMNACCESS_DENIED_ERROR, command(privilege), s.securityContext().user().user(),
                s.clientHost(), column, table);
    }

    /** SHOW TRIGGERS, information_schema.TRIGGERS: triggers of tables one has the TRIGGER privilege on. */
    static boolean visibleTrigger(SessionImpl s, String db, String table) {
        return isOpenSchema(db) || s.privileges().table(db, table).contains(Privilege.TRIGGER);
    }

    private static SqlException dbDenied(SessionImpl s, String db) {
        var a = s.securityContext().user();
        return new SqlException(ErrorCode.ER_DBACCESS_DENIED_ERROR, a.user(), a.host(), db);
    }

    /** Privileges as a denial message lists them: "SELECT, GRANT" (GRANT OPTION is GRANT), in grant-table order. */
    static String commandList(io.sprocket.engine.security.PrivilegeSet set) {
        StringBuilder sb = new StringBuilder();
        for (Privilege p : Privilege.values()) {
            if (p.mask() == 0 || !set.contains(p)) continue;  // USAGE holds no bit
            if (sb.length() > 0) sb.append(", ");
            sb.append(p == Privilege.GRANT_OPTION ? "GRANT" : p.sqlName());
        }
        return sb.toString();
    }

    private static String command(Privilege p) {
        return p.sqlName();
    }

    /** Whether the events of {@code db} are listed (SHOW EVENTS, information_schema.EVENTS): the EVENT privilege. */
    static boolean visibleEvents(SessionImpl s, String db) {
        return s.privileges().database(db).contains(Privilege.EVENT);
    }
}
