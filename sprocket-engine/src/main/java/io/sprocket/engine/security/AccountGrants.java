package io.sprocket.engine.security;

import io.sprocket.sql.ast.RoutineKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything granted to one account (user or role), immutable: the privilege columns of its mysql.user row, its
 * mysql.global_grants, mysql.db, mysql.tables_priv, mysql.columns_priv, mysql.procs_priv and mysql.proxies_priv rows,
 * the roles granted to it (mysql.role_edges with this account as grantee) and its default roles
 * (mysql.default_roles). Changes go through {@link Grants}, which keeps account names canonical.
 *
 * <p>Name rules, as in MySQL with lower_case_table_names=0: database and table names compare exactly; column and
 * routine names compare case-insensitively (keys are lower-cased, the spelling last granted is kept for SHOW GRANTS);
 * dynamic privilege names are upper-cased.
 */
public final class AccountGrants {
    /** A table-level grant's object. */
    public record TableRef(String db, String table) implements Comparable<TableRef> {
        public TableRef {
            Objects.requireNonNull(db);
            Objects.requireNonNull(table);
        }

        @Override
        public int compareTo(TableRef o) {
            int c = db.compareTo(o.db);
            return c != 0 ? c : table.compareTo(o.table);
        }
    }

    /** A column's privileges; {@code name} is the spelling to print. */
    public record ColumnGrant(String name, PrivilegeSet privileges) {
    }

    /**
     * A tables_priv row with its columns_priv rows. {@code privileges} may hold GRANT OPTION, which also covers the
     * column privileges (columns have no grant option of their own). Columns are keyed by lower-cased name.
     */
    public record TableGrant(PrivilegeSet privileges, SortedMap<String, ColumnGrant> columns) {
        public TableGrant {
            columns = Collections.unmodifiableSortedMap(new TreeMap<>(columns));
        }

        /** The privileges held on {@code column} through column grants only. */
        public PrivilegeSet column(String column) {
            ColumnGrant c = columns.get(column.toLowerCase(Locale.ROOT));
            return c == null ? PrivilegeSet.EMPTY : c.privileges();
        }

        /** Every privilege held on some column of the table. */
        public PrivilegeSet anyColumn() {
            PrivilegeSet s = PrivilegeSet.EMPTY;
            for (ColumnGrant c : columns.values()) s = s.union(c.privileges());
            return s;
        }

        public boolean isEmpty() {
            return privileges.isEmpty() && columns.isEmpty();
        }
    }

    /** A routine-level grant's object; the name is lower-cased (routine names are case-insensitive). */
    public record RoutineRef(String db, RoutineKind kind, String name) implements Comparable<RoutineRef> {
        public RoutineRef {
            Objects.requireNonNull(db);
            Objects.requireNonNull(kind);
            name = name.toLowerCase(Locale.ROOT);
        }

        /** Procedures before functions (SHOW GRANTS order), then database and name. */
        @Override
        public int compareTo(RoutineRef o) {
            int c = kind.compareTo(o.kind);
            if (c == 0) c = db.compareTo(o.db);
            return c != 0 ? c : name.compareTo(o.name);
        }
    }

    /** A procs_priv row; {@code name} is the spelling to print. */
    public record RoutineGrant(String name, PrivilegeSet privileges) {
    }

    /** A role granted to this account; {@code seq} orders the edges as they were granted. */
    public record RoleGrant(AccountName role, boolean withAdminOption, long seq) {
    }

    static final Comparator<AccountName> ACCOUNT_ORDER =
            Comparator.comparing(AccountName::user).thenComparing(AccountName::host);

    public static final AccountGrants EMPTY = new Builder().build();

    private final PrivilegeSet global;
    private final SortedMap<String, Boolean> dynamic;
    private final SortedMap<String, PrivilegeSet> databases;
    private final SortedMap<TableRef, TableGrant> tables;
    private final SortedMap<RoutineRef, RoutineGrant> routines;
    private final Map<AccountName, RoleGrant> roles;
    private final List<AccountName> defaultRoles;
    private final SortedMap<AccountName, Boolean> proxies;

    private AccountGrants(Builder b) {
        global = b.global;
        dynamic = Collections.unmodifiableSortedMap(b.dynamic);
        databases = Collections.unmodifiableSortedMap(b.databases);
        tables = Collections.unmodifiableSortedMap(b.tables);
        routines = Collections.unmodifiableSortedMap(b.routines);
        List<RoleGrant> edges = new ArrayList<>(b.roles.values());
        edges.sort(Comparator.comparingLong(RoleGrant::seq));
        Map<AccountName, RoleGrant> r = new LinkedHashMap<>();
        for (RoleGrant e : edges) r.put(e.role(), e);
        roles = Collections.unmodifiableMap(r);
        defaultRoles = List.copyOf(b.defaultRoles);
        proxies = Collections.unmodifiableSortedMap(b.proxies);
    }

    /** Static global privileges (mysql.user), GRANT OPTION included. */
    public PrivilegeSet global() {
        return global;
    }

    /** Dynamic privilege name (upper case) to its WITH GRANT OPTION flag. */
    public SortedMap<String, Boolean> dynamic() {
        return dynamic;
    }

    /** Database name (as granted; may be a LIKE pattern) to privileges. */
    public SortedMap<String, PrivilegeSet> databases() {
        return databases;
    }

    public SortedMap<TableRef, TableGrant> tables() {
        return tables;
    }

    public SortedMap<RoutineRef, RoutineGrant> routines() {
        return routines;
    }

    /** Roles granted to this account, in the order they were granted. */
    public Map<AccountName, RoleGrant> roles() {
        return roles;
    }

    public List<AccountName> defaultRoles() {
        return defaultRoles;
    }

    /** Proxied account to WITH GRANT OPTION (GRANT PROXY ON proxied TO this). */
    public SortedMap<AccountName, Boolean> proxies() {
        return proxies;
    }

    public PrivilegeSet database(String db) {
        return databases.getOrDefault(db, PrivilegeSet.EMPTY);
    }

    /** The tables_priv row of {@code db.table}, or null. */
    public TableGrant table(String db, String table) {
        return tables.get(new TableRef(db, table));
    }

    /** The procs_priv row of the routine, or null. */
    public RoutineGrant routine(String db, RoutineKind kind, String name) {
        return routines.get(new RoutineRef(db, kind, name));
    }

    /** True when nothing at all is stored for the account. */
    public boolean isEmpty() {
        return global.isEmpty() && dynamic.isEmpty() && databases.isEmpty() && tables.isEmpty() && routines.isEmpty()
                && roles.isEmpty() && defaultRoles.isEmpty() && proxies.isEmpty();
    }

    /**
     * The privileges of this account and {@code other} together (for SHOW GRANTS ... USING): global, dynamic,
     * database, table, column and routine privileges are merged; roles, default roles and proxies stay this
     * account's.
     */
    public AccountGrants unionPrivileges(AccountGrants other) {
        if (other.isEmpty()) return this;
        Builder b = toBuilder();
        b.global = b.global.union(other.global);
        other.dynamic.forEach((n, g) -> b.dynamic.merge(n, g, Boolean::logicalOr));
        other.databases.forEach((d, p) -> b.databases.merge(d, p, PrivilegeSet::union));
        other.tables.forEach((ref, t) -> b.tables.merge(ref, t, Builder::unionTable));
        other.routines.forEach((ref, r) -> b.routines.merge(ref, r,
                (x, y) -> new RoutineGrant(x.name(), x.privileges().union(y.privileges()))));
        return b.build();
    }

    Builder toBuilder() {
        Builder b = new Builder();
        b.global = global;
        b.dynamic.putAll(dynamic);
        b.databases.putAll(databases);
        b.tables.putAll(tables);
        b.routines.putAll(routines);
        b.roles.putAll(roles);
        b.defaultRoles.addAll(defaultRoles);
        b.proxies.putAll(proxies);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountGrants g && global.equals(g.global) && dynamic.equals(g.dynamic)
                && databases.equals(g.databases) && tables.equals(g.tables) && routines.equals(g.routines)
                && roles.equals(g.roles) && defaultRoles.equals(g.defaultRoles) && proxies.equals(g.proxies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(global, dynamic, databases, tables, routines, roles, defaultRoles, proxies);
    }

    @Override
    public String toString() {
        return "AccountGrants{global=" + global + ", dynamic=" + dynamic + ", databases=" + databases + ", tables="
                + tables + ", routines=" + routines + ", roles=" + roles.values() + ", defaultRoles=" + defaultRoles
                + ", proxies=" + proxies + "}";
    }

    /** Mutable working copy; the grant/revoke rules of each level live here. */
    static final class Builder {
        PrivilegeSet global = PrivilegeSet.EMPTY;
        final SortedMap<String, Boolean> dynamic = new TreeMap<>();
        final SortedMap<String, PrivilegeSet> databases = new TreeMap<>();
        final SortedMap<TableRef, TableGrant> tables = new TreeMap<>();
        final SortedMap<RoutineRef, RoutineGrant> routines = new TreeMap<>();
        final Map<AccountName, RoleGrant> roles = new LinkedHashMap<>();
        final List<AccountName> defaultRoles = new ArrayList<>();
        final SortedMap<AccountName, Boolean> proxies = new TreeMap<>(ACCOUNT_ORDER);

        AccountGrants build() {
            return new AccountGrants(this);
        }

        private static void check(PrivilegeSet privileges, PrivilegeLevel level) {
            if (!privileges.isPermittedAt(level)) {
                throw new IllegalArgumentException(privileges.minus(PrivilegeSet.permittedAt(level)).sqlList()
                        + " cannot be granted at the " + level + " level");
            }
        }

        void grantGlobal(PrivilegeSet p) {
            check(p, PrivilegeLevel.GLOBAL);
            global = global.union(p);
        }

        void revokeGlobal(PrivilegeSet p) {
            global = global.minus(p);
        }

        void grantDynamic(String name, boolean withGrantOption) {
            dynamic.merge(DynamicPrivileges.normalize(name), withGrantOption, Boolean::logicalOr);
        }

        void revokeDynamic(String name) {
            dynamic.remove(DynamicPrivileges.normalize(name));
        }

        void revokeDynamicGrantOptions() {
            dynamic.replaceAll((n, g) -> false);
        }

        void grantDatabase(String db, PrivilegeSet p) {
            check(p, PrivilegeLevel.DATABASE);
            if (!p.isEmpty()) databases.merge(db, p, PrivilegeSet::union);
        }

        void revokeDatabase(String db, PrivilegeSet p) {
            PrivilegeSet left = database(db).minus(p);
            if (left.isEmpty()) databases.remove(db);
            else databases.put(db, left);
        }

        private PrivilegeSet database(String db) {
            return databases.getOrDefault(db, PrivilegeSet.EMPTY);
        }

        void grantTable(String db, String table, PrivilegeSet p) {
            check(p, PrivilegeLevel.TABLE);
            if (p.isEmpty()) return;
            TableRef ref = new TableRef(db, table);
            TableGrant t = tables.get(ref);
            tables.put(ref, t == null ? new TableGrant(p, new TreeMap<>()) : new TableGrant(t.privileges().union(p), t.columns()));
        }

        /** Revoking a privilege at table level also takes it from every column of the table, as MySQL does. */
        void revokeTable(String db, String table, PrivilegeSet p) {
            TableRef ref = new TableRef(db, table);
            TableGrant t = tables.get(ref);
            if (t == null) return;
            SortedMap<String, ColumnGrant> cols = new TreeMap<>();
            t.columns().forEach((k, c) -> {
                PrivilegeSet left = c.privileges().minus(p);
                if (!left.isEmpty()) cols.put(k, new ColumnGrant(c.name(), left));
            });
            putTable(ref, new TableGrant(t.privileges().minus(p), cols));
        }

        void grantColumn(String db, String table, String column, PrivilegeSet p) {
            check(p, PrivilegeLevel.COLUMN);
            if (p.isEmpty()) return;
            TableRef ref = new TableRef(db, table);
            TableGrant t = tables.get(ref);
            SortedMap<String, ColumnGrant> cols = new TreeMap<>(t == null ? Map.of() : t.columns());
            String key = column.toLowerCase(Locale.ROOT);
            ColumnGrant old = cols.get(key);
            cols.put(key, new ColumnGrant(column, old == null ? p : old.privileges().union(p)));
            tables.put(ref, new TableGrant(t == null ? PrivilegeSet.EMPTY : t.privileges(), cols));
        }

        void revokeColumn(String db, String table, String column, PrivilegeSet p) {
            TableRef ref = new TableRef(db, table);
            TableGrant t = tables.get(ref);
            if (t == null) return;
            String key = column.toLowerCase(Locale.ROOT);
            ColumnGrant old = t.columns().get(key);
            if (old == null) return;
            SortedMap<String, ColumnGrant> cols = new TreeMap<>(t.columns());
            PrivilegeSet left = old.privileges().minus(p);
            if (left.isEmpty()) cols.remove(key);
            else cols.put(key, new ColumnGrant(old.name(), left));
            putTable(ref, new TableGrant(t.privileges(), cols));
        }

        private void putTable(TableRef ref, TableGrant t) {
            if (t.isEmpty()) tables.remove(ref);
            else tables.put(ref, t);
        }

        static TableGrant unionTable(TableGrant a, TableGrant b) {
            SortedMap<String, ColumnGrant> cols = new TreeMap<>(a.columns());
            b.columns().forEach((k, c) -> cols.merge(k, c,
                    (x, y) -> new ColumnGrant(x.name(), x.privileges().union(y.privileges()))));
            return new TableGrant(a.privileges().union(b.privileges()), cols);
        }

        void grantRoutine(String db, RoutineKind kind, String name, PrivilegeSet p) {
            check(p, PrivilegeLevel.ROUTINE);
            if (p.isEmpty()) return;
            RoutineRef ref = new RoutineRef(db, kind, name);
            RoutineGrant old = routines.get(ref);
            routines.put(ref, new RoutineGrant(name, old == null ? p : old.privileges().union(p)));
        }

        void revokeRoutine(String db, RoutineKind kind, String name, PrivilegeSet p) {
            RoutineRef ref = new RoutineRef(db, kind, name);
            RoutineGrant old = routines.get(ref);
            if (old == null) return;
            PrivilegeSet left = old.privileges().minus(p);
            if (left.isEmpty()) routines.remove(ref);
            else routines.put(ref, new RoutineGrant(old.name(), left));
        }

        /** REVOKE ALL PRIVILEGES, GRANT OPTION: every privilege row goes; roles, default roles, proxies stay. */
        void revokeAllPrivileges() {
            global = PrivilegeSet.EMPTY;
            dynamic.clear();
            databases.clear();
            tables.clear();
            routines.clear();
        }
    }
}
