package io.sprocket.engine.session;

import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.exec.VirtualTable;
import io.sprocket.engine.security.AccountGrants;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.Grants;
import io.sprocket.engine.security.Privilege;
import io.sprocket.engine.security.PrivilegeSet;
import io.sprocket.engine.security.StoredAccount;
import io.sprocket.engine.type.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The grant tables as MySQL 8.0 shows them (mysql.user, db, tables_priv, columns_priv, procs_priv, role_edges,
 * default_roles, global_grants) and information_schema's USER_, SCHEMA_, TABLE_ and COLUMN_PRIVILEGES: read-only
 * views of the accounts and the grant snapshot, which are the source of truth (changed by GRANT, CREATE USER, ...).
 * Reading mysql.* needs SELECT there like any table; the information_schema views list the current user's rows,
 * or everyone's for a user who may read the mysql schema.
 */
final class GrantTables {
    private GrantTables() {
    }

    private static final SqlType NAME = SqlType.varchar(255);
    private static final SqlType FLAG = SqlType.varchar(1);
    private static final SqlType NUM = SqlType.BIGINT_UNSIGNED;

    /** The Privilege of each mysql.user / mysql.db privilege column, in column order. */
    private static final Map<String, Privilege> USER_COLUMNS = new LinkedHashMap<>();

    static {
        String[][] names = {{"Select_priv", "SELECT"}, {"Insert_priv", "INSERT"}, {"Update_priv", "UPDATE"},
            {"Delete_priv", "DELETE"}, {"Create_priv", "CREATE"}, {"Drop_priv", "DROP"}, {"Reload_priv", "RELOAD"},
            {"Shutdown_priv", "SHUTDOWN"}, {"Process_priv", "PROCESS"}, {"File_priv", "FILE"}, {"Grant_priv", "GRANT OPTION"},
            {"References_priv", "REFERENCES"}, {"Index_priv", "INDEX"}, {"Alter_priv", "ALTER"},
            {"Show_db_priv", "SHOW DATABASES"}, {"Super_priv", "SUPER"}, {"Create_tmp_table_priv", "CREATE TEMPORARY TABLES"},
            {"Lock_tables_priv", "LOCK TABLES"}, {"Execute_priv", "EXECUTE"}, {"Repl_slave_priv", "REPLICATION SLAVE"},
            {"Repl_client_priv", "REPLICATION CLIENT"}, {"Create_view_priv", "CREATE VIEW"}, {"Show_view_priv", "SHOW VIEW"},
            {"Create_routine_priv", "CREATE ROUTINE"}, {"Alter_routine_priv", "ALTER ROUTINE"},
            {"Create_user_priv", "CREATE USER"}, {"Event_priv", "EVENT"}, {"Trigger_priv", "TRIGGER"},
            {"Create_tablespace_priv", "CREATE TABLESPACE"}};
        for (String[] n : names) USER_COLUMNS.put(n[0], Privilege.lookup(n[1]).orElseThrow());
    }

    /** mysql.db's privilege columns: the database-level ones. */
    private static final List<String> DB_COLUMNS = List.of("Select_priv", "Insert_priv", "Update_priv", "Delete_priv",
            "Create_priv", "Drop_priv", "Grant_priv", "References_priv", "Index_priv", "Alter_priv", "Create_tmp_table_priv",
            "Lock_tables_priv", "Create_view_priv", "Show_view_priv", "Create_routine_priv", "Alter_routine_priv",
            "Execute_priv", "Event_priv", "Trigger_priv");

    static VirtualTable table(SessionImpl s, String schema, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (schema.equalsIgnoreCase("mysql")) {
            return switch (n) {
                case "user" -> user();
                case "db" -> db();
                case "tables_priv" -> view("mysql", "tables_priv", List.of("Host", "Db", "User", "Table_name", "Grantor",
                        "Timestamp", "Table_priv", "Column_priv"), GrantTables::tablesPriv);
                case "columns_priv" -> view("mysql", "columns_priv", List.of("Host", "Db", "User", "Table_name",
                        "Column_name", "Timestamp", "Column_priv"), GrantTables::columnsPriv);
                case "procs_priv" -> view("mysql", "procs_priv", List.of("Host", "Db", "User", "Routine_name",
                        "Routine_type", "Grantor", "Proc_priv", "Timestamp"), GrantTables::procsPriv);
                case "role_edges" -> view("mysql", "role_edges", List.of("FROM_HOST", "FROM_USER", "TO_HOST", "TO_USER",
                        "WITH_ADMIN_OPTION"), GrantTables::roleEdges);
                case "default_roles" -> view("mysql", "default_roles", List.of("HOST", "USER", "DEFAULT_ROLE_HOST",
                        "DEFAULT_ROLE_USER"), GrantTables::defaultRoles);
                case "global_grants" -> view("mysql", "global_grants", List.of("USER", "HOST", "PRIV", "WITH_GRANT_OPTION"),
                        GrantTables::globalGrants);
                default -> null;
            };
        }
        if (!schema.equalsIgnoreCase("information_schema")) return null;
        return switch (n) {
            case "user_privileges" -> view("information_schema", "USER_PRIVILEGES", List.of("GRANTEE", "TABLE_CATALOG",
                    "PRIVILEGE_TYPE", "IS_GRANTABLE"), GrantTables::userPrivileges);
            case "schema_privileges" -> view("information_schema", "SCHEMA_PRIVILEGES", List.of("GRANTEE", "TABLE_CATALOG",
                    "TABLE_SCHEMA", "PRIVILEGE_TYPE", "IS_GRANTABLE"), GrantTables::schemaPrivileges);
            case "table_privileges" -> view("information_schema", "TABLE_PRIVILEGES", List.of("GRANTEE", "TABLE_CATALOG",
                    "TABLE_SCHEMA", "TABLE_NAME", "PRIVILEGE_TYPE", "IS_GRANTABLE"), GrantTables::tablePrivileges);
            case "column_privileges" -> view("information_schema", "COLUMN_PRIVILEGES", List.of("GRANTEE", "TABLE_CATALOG",
                    "TABLE_SCHEMA", "TABLE_NAME", "COLUMN_NAME", "PRIVILEGE_TYPE", "IS_GRANTABLE"), GrantTables::columnPrivileges);
            case "enabled_roles" -> view("information_schema", "ENABLED_ROLES", List.of("ROLE_NAME", "ROLE_HOST",
                    "IS_DEFAULT", "IS_MANDATORY"), GrantTables::enabledRoles);
            case "applicable_roles" -> view("information_schema", "APPLICABLE_ROLES", List.of("USER", "HOST", "GRANTEE",
                    "GRANTEE_HOST", "ROLE_NAME", "ROLE_HOST", "IS_GRANTABLE", "IS_DEFAULT", "IS_MANDATORY"),
                    GrantTables::applicableRoles);
            default -> null;
        };
    }

    // ------------------------------------------------------------------ mysql.*

    private static VirtualTable user() {
        List<String> columns = new ArrayList<>(List.of("Host", "User"));
        columns.addAll(USER_COLUMNS.keySet());
        columns.addAll(List.of("ssl_type", "ssl_cipher", "x509_issuer", "x509_subject", "max_questions", "max_updates",
                "max_connections", "max_user_connections", "plugin", "authentication_string", "password_expired",
                "password_last_changed", "password_lifetime", "account_locked", "Create_role_priv", "Drop_role_priv",
                "Password_reuse_history", "Password_reuse_time", "Password_require_current", "User_attributes"));
        List<SqlType> types = new ArrayList<>();
        for (String c : columns) {
            types.add(c.startsWith("max_") || c.equals("password_lifetime") || c.startsWith("Password_reuse") ? NUM
                    : c.endsWith("_priv") || c.equals("password_expired")
                    || c.equals("account_locked") ? FLAG : NAME);
        }
        return view("mysql", "user", columns, types, ctx -> {
            List<Object[]> rows = new ArrayList<>();
            for (StoredAccount a : accounts(ctx)) {
                PrivilegeSet g = ctx.grants().account(a.name()).global();
                List<Object> row = new ArrayList<>(List.of(a.name().host(), a.name().user()));
                for (Privilege p : USER_COLUMNS.values()) row.add(yn(g.contains(p)));
                row.addAll(java.util.Arrays.asList("", "", "", "", 0L, 0L, 0L, 0L, a.plugin(), a.authString(),
                        yn(a.passwordExpired()), null, null, yn(a.locked()), yn(g.contains(Privilege.CREATE_ROLE)),
                        yn(g.contains(Privilege.DROP_ROLE)), null, null, null, null));
                rows.add(row.toArray());
            }
            return rows;
        });
    }

    private static VirtualTable db() {
        List<String> columns = new ArrayList<>(List.of("Host", "Db", "User"));
        columns.addAll(DB_COLUMNS);
        List<SqlType> types = new ArrayList<>();
        for (String c : columns) types.add(c.endsWith("_priv") ? FLAG : NAME);
        return view("mysql", "db", columns, types, ctx -> {
            List<Object[]> rows = new ArrayList<>();
            for (var e : withGrants(ctx).entrySet()) {
                for (var d : e.getValue().databases().entrySet()) {
                    List<Object> row = new ArrayList<>(List.of(e.getKey().host(), d.getKey(), e.getKey().user()));
                    for (String c : DB_COLUMNS) row.add(yn(d.getValue().contains(USER_COLUMNS.get(c))));
                    rows.add(row.toArray());
                }
            }
            return rows;
        });
    }

    private static List<Object[]> tablesPriv(Ctx ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (var e : withGrants(ctx).entrySet()) {
            for (var t : e.getValue().tables().entrySet()) {
                PrivilegeSet columnPrivileges = t.getValue().anyColumn();
                rows.add(new Object[] {e.getKey().host(), t.getKey().db(), e.getKey().user(), t.getKey().table(),
                        "root@localhost", null, set(t.getValue().privileges(), TABLE_PRIV), set(columnPrivileges, COLUMN_PRIV)});
            }
        }
        return rows;
    }

    private static List<Object[]> columnsPriv(Ctx ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (var e : withGrants(ctx).entrySet()) {
            for (var t : e.getValue().tables().entrySet()) {
                for (var c : t.getValue().columns().values()) {
                    rows.add(new Object[] {e.getKey().host(), t.getKey().db(), e.getKey().user(), t.getKey().table(),
                            c.name(), null, set(c.privileges(), COLUMN_PRIV)});
                }
            }
        }
        return rows;
    }

    private static List<Object[]> procsPriv(Ctx ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (var e : withGrants(ctx).entrySet()) {
            for (var r : e.getValue().routines().entrySet()) {
                rows.add(new Object[] {e.getKey().host(), r.getKey().db(), e.getKey().user(), r.getValue().name(),
                        r.getKey().kind().name(), "root@localhost", set(r.getValue().privileges(), PROC_PRIV), null});
            }
        }
        return rows;
    }

    private static List<Object[]> roleEdges(Ctx ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (var e : withGrants(ctx).entrySet()) {
            for (var r : e.getValue().roles().values()) {
                rows.add(new Object[] {r.role().host(), r.role().user(), e.getKey().host(), e.getKey().user(),
                        yn(r.withAdminOption())});
            }
        }
        return rows;
    }

    private static List<Object[]> defaultRoles(Ctx ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (var e : withGrants(ctx).entrySet()) {
            for (AccountName r : e.getValue().defaultRoles()) {
                rows.add(new Object[] {e.getKey().host(), e.getKey().user(), r.host(), r.user()});
            }
        }
        return rows;
    }

    private static List<Object[]> globalGrants(Ctx ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (var e : withGrants(ctx).entrySet()) {
            for (var d : e.getValue().dynamic().entrySet()) {
                rows.add(new Object[] {e.getKey().user(), e.getKey().host(), d.getKey(), yn(d.getValue())});
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ information_schema

    /** 'user'@'host' as the information_schema privilege views write GRANTEE. */
    private static String grantee(AccountName a) {
        return "'" + a.user() + "'@'" + a.host() + "'";
    }

    /** Whether the row of {@code a} is visible: one's own, or everyone's with SELECT on the mysql schema. */
    private static boolean visible(Ctx ctx, AccountName a) {
        return a.equals(ctx.session().securityContext().user())
                || ctx.session().privileges().database("mysql").contains(Privilege.SELECT);
    }

    private static List<Object[]> userPrivileges(Ctx ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (StoredAccount account : accounts(ctx)) {
            AccountName a = account.name();
            if (!visible(ctx, a)) continue;
            AccountGrants g = ctx.grants().account(a);
            PrivilegeSet global = g.global();
            String grantable = global.contains(Privilege.GRANT_OPTION) ? "YES" : "NO";
            boolean any = false;
            for (Privilege p : global) {
                if (p == Privilege.GRANT_OPTION) continue;
                rows.add(new Object[] {grantee(a), "def", p.sqlName(), grantable});
                any = true;
            }
            for (var d : g.dynamic().entrySet()) {
                rows.add(new Object[] {grantee(a), "def", d.getKey(), d.getValue() ? "YES" : "NO"});
                any = true;
            }
            if (!any) rows.add(new Object[] {grantee(a), "def", "USAGE", "NO"});
        }
        return rows;
    }

    private static List<Object[]> schemaPrivileges(Ctx ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (var e : withGrants(ctx).entrySet()) {
            if (!visible(ctx, e.getKey())) continue;
            for (var d : e.getValue().databases().entrySet()) {
                String grantable = d.getValue().contains(Privilege.GRANT_OPTION) ? "YES" : "NO";
                for (Privilege p : d.getValue()) {
                    if (p == Privilege.GRANT_OPTION) continue;
                    rows.add(new Object[] {grantee(e.getKey()), "def", d.getKey(), p.sqlName(), grantable});
                }
            }
        }
        return rows;
    }

    private static List<Object[]> tablePrivileges(Ctx ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (var e : withGrants(ctx).entrySet()) {
            if (!visible(ctx, e.getKey())) continue;
            for (var t : e.getValue().tables().entrySet()) {
                PrivilegeSet set = t.getValue().privileges();
                String grantable = set.contains(Privilege.GRANT_OPTION) ? "YES" : "NO";
                for (Privilege p : set) {
                    if (p == Privilege.GRANT_OPTION) continue;
                    rows.add(new Object[] {grantee(e.getKey()), "def", t.getKey().db(), t.getKey().table(), p.sqlName(), grantable});
                }
            }
        }
        return rows;
    }

    private static List<Object[]> columnPrivileges(Ctx ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (var e : withGrants(ctx).entrySet()) {
            if (!visible(ctx, e.getKey())) continue;
            for (var t : e.getValue().tables().entrySet()) {
                String grantable = t.getValue().privileges().contains(Privilege.GRANT_OPTION) ? "YES" : "NO";
                for (var c : t.getValue().columns().values()) {
                    for (Privilege p : c.privileges()) {
                        rows.add(new Object[] {grantee(e.getKey()), "def", t.getKey().db(), t.getKey().table(), c.name(),
                                p.sqlName(), grantable});
                    }
                }
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ helpers

    private record Ctx(SessionImpl session, Grants grants) {
    }

    private static Map<AccountName, AccountGrants> withGrants(Ctx ctx) {
        Map<AccountName, AccountGrants> out = new java.util.TreeMap<>((a, b) -> a.host().equals(b.host())
                ? a.user().compareTo(b.user()) : a.host().compareTo(b.host()));
        for (AccountName a : ctx.grants().accounts()) out.put(a, ctx.grants().account(a));
        return out;
    }

    private static List<StoredAccount> accounts(Ctx ctx) {
        try (var reader = ctx.session().engine.store().newSnapshotReader()) {
            List<StoredAccount> all = new ArrayList<>(ctx.session().engine.accountStore().all(reader));
            all.sort((a, b) -> a.name().host().equals(b.name().host()) ? a.name().user().compareTo(b.name().user())
                    : a.name().host().compareTo(b.name().host()));
            return all;
        }
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }

    /** The members of the grant tables' SET columns, in their definition order, as MySQL spells them. */
    private static final Object[][] TABLE_PRIV = {{"Select", Privilege.SELECT}, {"Insert", Privilege.INSERT},
        {"Update", Privilege.UPDATE}, {"Delete", Privilege.DELETE}, {"Create", Privilege.CREATE}, {"Drop", Privilege.DROP},
        {"Grant", Privilege.GRANT_OPTION}, {"References", Privilege.REFERENCES}, {"Index", Privilege.INDEX},
        {"Alter", Privilege.ALTER}, {"Create View", Privilege.CREATE_VIEW}, {"Show view", Privilege.SHOW_VIEW},
        {"Trigger", Privilege.TRIGGER}};
    private static final Object[][] COLUMN_PRIV = {{"Select", Privilege.SELECT}, {"Insert", Privilege.INSERT},
        {"Update", Privilege.UPDATE}, {"References", Privilege.REFERENCES}};
    private static final Object[][] PROC_PRIV = {{"Execute", Privilege.EXECUTE}, {"Alter Routine", Privilege.ALTER_ROUTINE},
        {"Grant", Privilege.GRANT_OPTION}};

    /** A SET column's text: the members held, in the column's order, comma-separated. */
    private static String set(PrivilegeSet privileges, Object[][] members) {
        StringBuilder sb = new StringBuilder();
        for (Object[] m : members) {
            if (!privileges.contains((Privilege) m[1])) continue;
            if (!sb.isEmpty()) sb.append(',');
            sb.append((String) m[0]);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ information_schema roles

    /**
     * ENABLED_ROLES (MySQL 8.0 Reference Manual, 28.3.12): the roles enabled in the current context, with those
     * reached through them in the role graph; IS_DEFAULT / IS_MANDATORY for the current account.
     */
    private static List<Object[]> enabledRoles(Ctx ctx) {
        SessionImpl s = ctx.session();
        AccountName me = s.securityContext().user();
        var defaults = new java.util.HashSet<>(ctx.grants().account(me).defaultRoles());
        var mandatory = new java.util.HashSet<>(s.mandatoryRoles());
        List<Object[]> rows = new ArrayList<>();
        for (AccountName r : s.privileges().roles()) {
            rows.add(new Object[] {r.user(), r.host(), yesNo(defaults.contains(r)), yesNo(mandatory.contains(r))});
        }
        return rows;
    }

    /**
     * APPLICABLE_ROLES (28.3.3): every role grant reachable from the current account through the role graph, each
     * with the grantee that holds it; IS_GRANTABLE is WITH ADMIN OPTION, IS_DEFAULT whether it is a default role of
     * that grantee, IS_MANDATORY whether mandatory_roles names it.
     */
    private static List<Object[]> applicableRoles(Ctx ctx) {
        SessionImpl s = ctx.session();
        AccountName me = s.securityContext().user();
        var mandatory = new java.util.HashSet<>(s.mandatoryRoles());
        List<Object[]> rows = new ArrayList<>();
        java.util.Deque<AccountName> todo = new java.util.ArrayDeque<>(List.of(me));
        java.util.Set<AccountName> seen = new java.util.HashSet<>(List.of(me));
        while (!todo.isEmpty()) {
            AccountName grantee = todo.poll();
            AccountGrants g = ctx.grants().account(grantee);
            for (var e : g.roles().values()) {
                AccountName r = e.role();
                rows.add(new Object[] {me.user(), me.host(), grantee.user(), grantee.host(), r.user(), r.host(),
                        yesNo(e.withAdminOption()), yesNo(g.defaultRoles().contains(r)), yesNo(mandatory.contains(r))});
                if (seen.add(r)) todo.add(r);
            }
        }
        return rows;
    }

    private static String yesNo(boolean b) {
        return b ? "YES" : "NO";
    }

    private static VirtualTable view(String schema, String name, List<String> columns, Function<Ctx, List<Object[]>> rows) {
        List<SqlType> types = new ArrayList<>();
        for (String c : columns) types.add(NAME);
        return view(schema, name, columns, types, rows);
    }

    private static VirtualTable view(String schema, String name, List<String> columns, List<SqlType> types,
                                     Function<Ctx, List<Object[]>> rows) {
        return new VirtualTable() {
            @Override public String schema() { return schema; }

            @Override public String name() { return name; }

            @Override public List<String> columns() { return columns; }

            @Override public List<SqlType> types() { return types; }

            @Override public List<Object[]> rows(ExecContext ctx) {
                SessionImpl s = (SessionImpl) ctx.session();
                return rows.apply(new Ctx(s, s.engine.grants()));
            }
        };
    }
}
