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
        if (!p.anyOnDatabase(db)) throw dbDenied(s, db);
    }

    /** A privilege on the database (CREATE ROUTINE, CREATE / DROP DATABASE, ...): 1044. */
    static void database(SessionImpl s, String db, Privilege privilege) {
        if (!s.privileges().database(db).contains(privilege)) throw dbDenied(s, db);
    }

    /** A privilege on a table (SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, ...): 1142. */
    static void table(SessionImpl s, String db, String table, Privilege privilege) {
        if (isOpenSchema(db)) return;
        if (s.privileges().table(db, table).contains(privilege)) return;
        throw new SqlException(ErrorCode.ER_TABLEACCESS_DENIED_ERROR, command(privilege), s.securityContext().user().user(),
                s.clientHost(), table);
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

    private static SqlException dbDenied(SessionImpl s, String db) {
        var a = s.securityContext().user();
        return new SqlException(ErrorCode.ER_DBACCESS_DENIED_ERROR, a.user(), a.host(), db);
    }

    private static String command(Privilege p) {
        return p.sqlName();
    }
}
