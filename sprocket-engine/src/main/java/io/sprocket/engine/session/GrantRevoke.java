package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.security.AccountGrants;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.DynamicPrivileges;
import io.sprocket.engine.security.Grants;
import io.sprocket.engine.security.Privilege;
import io.sprocket.engine.security.PrivilegeLevel;
import io.sprocket.engine.security.PrivilegeSet;
import io.sprocket.engine.security.StoredAccount;
import io.sprocket.sql.ast.AccountRef;
import io.sprocket.sql.ast.Grant;
import io.sprocket.sql.ast.GrantObject;
import io.sprocket.sql.ast.PrivilegeSpec;
import io.sprocket.sql.ast.Revoke;
import io.sprocket.sql.ast.RevokeAll;
import io.sprocket.sql.ast.RoutineKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GRANT and REVOKE of privileges (MySQL 8.0 Reference Manual, 15.7.1.6 and 15.7.1.8): the object's level from
 * {@code ON}, the privileges permitted there, the grantor's own rights (the privileges plus GRANT OPTION at that
 * level), the grantees, and the new grant tables. Nothing is changed when any check fails.
 */
final class GrantRevoke {
    private GrantRevoke() {
    }

    /** The object of a GRANT / REVOKE, resolved. */
    private record Target(PrivilegeLevel level, String db, String table, RoutineKind kind) {
        String qualified() {
            return db + "." + table;
        }
    }

    /** The privileges of a GRANT / REVOKE: object-level bits, per-column bits, and dynamic privilege names. */
    private record Requested(PrivilegeSet privileges, Map<String, PrivilegeSet> columns, List<String> dynamic) {
        boolean isEmpty() {
            return privileges.isEmpty() && columns.isEmpty() && dynamic.isEmpty();
        }
    }

    static Grants grant(SessionImpl s, Grants grants, Map<AccountName, StoredAccount> accounts, Grant g) {
        Target t = target(s, g.object(), createsTable(g.privileges()));
        Requested r = requested(t, g.privileges());
        PrivilegeSet bits = g.withGrantOption() ? r.privileges().with(Privilege.GRANT_OPTION) : r.privileges();
        checkGrantor(s, t, r);
        if (!r.columns().isEmpty()) {
            var table = s.engine.catalog().table(t.db(), t.table());
            if (table != null) {
                for (String c : r.columns().keySet()) {
                    if (table.columns().stream().noneMatch(d -> d.name().equalsIgnoreCase(c))) {
                        throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, c, t.table());
                    }
                }
            }
        }
        List<AccountName> grantees = grantees(s, g.grantees());
        for (AccountName a : grantees) {
            if (!accounts.containsKey(a)) throw new SqlException(ErrorCode.ER_CANT_CREATE_USER_WITH_GRANT);
        }
        for (AccountName a : grantees) {
            grants = switch (t.level()) {
                case GLOBAL -> grants.grantGlobal(a, bits);
                case DATABASE -> grants.grantDatabase(a, t.db(), bits);
                case ROUTINE -> grants.grantRoutine(a, t.db(), t.kind(), t.table(), bits);
                default -> grants.grantTable(a, t.db(), t.table(), bits);
            };
            for (var c : r.columns().entrySet()) grants = grants.grantColumn(a, t.db(), t.table(), c.getKey(), c.getValue());
            for (String d : r.dynamic()) grants = grants.grantDynamic(a, d, g.withGrantOption());
        }
        return grants;
    }

    static Grants revoke(SessionImpl s, Grants grants, Map<AccountName, StoredAccount> accounts, Revoke rv) {
        Target t = target(s, rv.object(), true);
        Requested r = requested(t, rv.privileges());
        checkGrantor(s, t, r);
        for (AccountName a : grantees(s, rv.grantees())) {
            AccountGrants held = grants.account(a);
            if (!accounts.containsKey(a) || !holds(held, t, r)) {
                if (rv.ignoreUnknownUser() && !accounts.containsKey(a)) continue;
                throw noSuchGrant(a, t);
            }
            grants = switch (t.level()) {
                case GLOBAL -> grants.revokeGlobal(a, r.privileges());
                case DATABASE -> grants.revokeDatabase(a, t.db(), r.privileges());
                case ROUTINE -> grants.revokeRoutine(a, t.db(), t.kind(), t.table(), r.privileges());
                default -> grants.revokeTable(a, t.db(), t.table(), r.privileges());
            };
            for (var c : r.columns().entrySet()) grants = grants.revokeColumn(a, t.db(), t.table(), c.getKey(), c.getValue());
            for (String d : r.dynamic()) grants = grants.revokeDynamic(a, d);
        }
        return grants;
    }

    /** REVOKE ALL [PRIVILEGES], GRANT OPTION FROM ...: every privilege at every level (CREATE USER needed). */
    static Grants revokeAll(SessionImpl s, Grants grants, Map<AccountName, StoredAccount> accounts, RevokeAll r) {
        if (!s.privileges().hasGlobal(Privilege.CREATE_USER)) {
            throw new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, "CREATE USER");
        }
        for (AccountName a : grantees(s, r.grantees())) {
            if (!accounts.containsKey(a)) {
                if (r.ignoreUnknownUser()) continue;
                throw new SqlException(ErrorCode.ER_REVOKE_GRANTS);
            }
            grants = grants.revokeAll(a);
        }
        return grants;
    }

    private static List<AccountName> grantees(SessionImpl s, List<AccountRef> refs) {
        List<AccountName> out = new ArrayList<>();
        for (AccountRef r : refs) out.add(r == null ? s.securityContext().user() : AccountDdl.name(r));
        return out;
    }

    /** A table grant may name a table yet to be created when it grants CREATE (MySQL 8.0, 15.7.1.6). */
    private static boolean createsTable(List<PrivilegeSpec> specs) {
        return specs.stream().anyMatch(p -> p.name().equalsIgnoreCase("CREATE") || Privilege.isAllKeyword(p.name()));
    }

    private static Target target(SessionImpl s, GrantObject o, boolean missingTableAllowed) {
        if (o.type() != GrantObject.ObjectType.TABLE) {
            String db = o.schema() != null ? o.schema() : s.currentDatabase();
            if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
            RoutineKind kind = o.type() == GrantObject.ObjectType.PROCEDURE ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION;
            var def = s.engine.catalog().routine(db, kind, o.name());
            if (def == null) {
                // REVOKE does not look the routine up (what is not granted is 1403); GRANT names it without its
                // database or kind, as MySQL does
                if (missingTableAllowed) return new Target(PrivilegeLevel.ROUTINE, db, o.name(), kind);
                throw new SqlException(ErrorCode.ER_SP_DOES_NOT_EXIST, "FUNCTION or PROCEDURE", o.name());
            }
            return new Target(PrivilegeLevel.ROUTINE, def.schema(), def.name(), kind);
        }
        if ("*".equals(o.schema()) && "*".equals(o.name())) return new Target(PrivilegeLevel.GLOBAL, null, null, null);
        String db = o.schema() != null ? o.schema() : s.currentDatabase();
        if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        if ("*".equals(o.name())) return new Target(PrivilegeLevel.DATABASE, db, null, null);
        var table = s.engine.catalog().table(db, o.name());
        if (table == null && db.equalsIgnoreCase("mysql") && GrantTables.table(s, "mysql", o.name()) != null) {
            // the grant tables are tables to GRANT (GRANT SELECT ON mysql.user ...), though computed here
            return new Target(PrivilegeLevel.TABLE, "mysql", o.name().toLowerCase(java.util.Locale.ROOT), null);
        }
        if (table == null && s.engine.catalog().view(db, o.name()) != null) {
            return new Target(PrivilegeLevel.TABLE, db, o.name(), null); // a view is granted on as a table
        }
        if (table == null) {
            if (!missingTableAllowed) throw new SqlException(ErrorCode.ER_NO_SUCH_TABLE, db, o.name());
            return new Target(PrivilegeLevel.TABLE, db, o.name(), null);
        }
        return new Target(PrivilegeLevel.TABLE, table.schema(), table.name(), null);
    }

    private static Requested requested(Target t, List<PrivilegeSpec> specs) {
        PrivilegeSet bits = PrivilegeSet.of();
        Map<String, PrivilegeSet> columns = new LinkedHashMap<>();
        List<String> dynamic = new ArrayList<>();
        for (PrivilegeSpec spec : specs) {
            String name = spec.name();
            if (Privilege.isAllKeyword(name)) {
                bits = bits.union(PrivilegeSet.allAt(t.level()));
                continue;
            }
            if (name.equalsIgnoreCase("USAGE")) continue;
            var p = Privilege.lookup(name);
            if (p.isEmpty()) {
                String d = DynamicPrivileges.normalize(name);
                if (t.level() != PrivilegeLevel.GLOBAL || !DynamicPrivileges.isRegistered(d)) throw illegal(t);
                dynamic.add(d);
                continue;
            }
            Privilege priv = p.get();
            if (!spec.columns().isEmpty()) {
                if (t.level() != PrivilegeLevel.TABLE || !priv.grantableAt(PrivilegeLevel.COLUMN)) throw illegal(t);
                for (String c : spec.columns()) columns.merge(c.toLowerCase(Locale.ROOT), PrivilegeSet.of(priv), PrivilegeSet::union);
                continue;
            }
            if (!priv.grantableAt(t.level())) throw illegal(t);
            bits = bits.with(priv);
        }
        return new Requested(bits, columns, dynamic);
    }

    private static SqlException illegal(Target t) {
        if (t.level() == PrivilegeLevel.DATABASE) return new SqlException(ErrorCode.ER_WRONG_USAGE, "DB GRANT", "GLOBAL PRIVILEGES");
        return new SqlException(ErrorCode.ER_ILLEGAL_GRANT_FOR_TABLE);
    }

    /** The grantor needs GRANT OPTION and every privilege it grants or revokes, at the object's level or above. */
    private static void checkGrantor(SessionImpl s, Target t, Requested r) {
        var p = s.privileges();
        PrivilegeSet have = switch (t.level()) {
            case GLOBAL -> p.global();
            case DATABASE -> p.database(t.db());
            case ROUTINE -> p.routine(t.db(), t.kind(), t.table());
            default -> p.table(t.db(), t.table());
        };
        // What the grantor lacks of what it grants plus GRANT OPTION at that level; a column privilege may be
        // held on the column itself.
        PrivilegeSet missing = r.privileges().with(Privilege.GRANT_OPTION).minus(have);
        String deniedColumn = null;
        for (var c : r.columns().entrySet()) {
            PrivilegeSet lacking = c.getValue().minus(p.column(t.db(), t.table(), c.getKey()));
            if (!lacking.isEmpty() && deniedColumn == null && missing.isEmpty()) deniedColumn = c.getKey();
            missing = missing.union(lacking);
        }
        boolean ok = missing.isEmpty();
        for (String d : r.dynamic()) ok &= p.dynamicGrantable(d);
        if (ok) return;
        var a = s.securityContext().user();
        throw switch (t.level()) {
            case GLOBAL -> new SqlException(ErrorCode.ER_ACCESS_DENIED_ERROR, a.user(), a.host(), "YES");
            case DATABASE -> new SqlException(ErrorCode.ER_DBACCESS_DENIED_ERROR, a.user(), a.host(), t.db());
            // MySQL names what is missing, and the account (not the client's) host for routines
            case ROUTINE -> new SqlException(ErrorCode.ER_PROCACCESS_DENIED_ERROR,  // the privilege first, GRANT if only it
                    AccessChecks.commandList(missing.size() > 1 ? missing.without(Privilege.GRANT_OPTION) : missing)
                            .toLowerCase(java.util.Locale.ROOT), a.user(), a.host(), t.qualified());
            default -> deniedColumn != null
                    ? new SqlException(ErrorCode.ER_COLUMNACCESS_DENIED_ERROR, AccessChecks.commandList(missing), a.user(),
                            s.clientHost(), deniedColumn, t.table())
                    : new SqlException(ErrorCode.ER_TABLEACCESS_DENIED_ERROR, AccessChecks.commandList(missing), a.user(),
                            s.clientHost(), t.table());
        };
    }

    /** Whether the account has a grant row at the object (REVOKE of something never granted is 1141/1147/1403). */
    private static boolean holds(AccountGrants held, Target t, Requested r) {
        return switch (t.level()) {
            case GLOBAL -> !held.global().isEmpty() || !held.dynamic().isEmpty() || r.privileges().isEmpty();
            case DATABASE -> held.databases().keySet().stream().anyMatch(d -> d.equals(t.db()));
            case ROUTINE -> held.routines().keySet().stream().anyMatch(x -> x.db().equals(t.db()) && x.kind() == t.kind()
                    && x.name().equalsIgnoreCase(t.table()));
            default -> held.tables().keySet().stream().anyMatch(x -> x.db().equals(t.db()) && x.table().equals(t.table()));
        };
    }

    private static SqlException noSuchGrant(AccountName a, Target t) {
        return switch (t.level()) {
            case GLOBAL, DATABASE -> new SqlException(ErrorCode.ER_NONEXISTING_GRANT, a.user(), a.host());
            case ROUTINE -> new SqlException(ErrorCode.ER_NONEXISTING_PROC_GRANT, a.user(), a.host(), t.table());
            default -> new SqlException(ErrorCode.ER_NONEXISTING_TABLE_GRANT, a.user(), a.host(), t.table());
        };
    }
}
