package io.sprocket.engine.security;

import io.sprocket.sql.ast.RoutineKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An immutable snapshot of all grant data, per account ({@link AccountGrants}). Every change returns a new snapshot
 * with a higher {@link #version()} and shares the untouched accounts with this one; a change that changes nothing
 * returns this snapshot. Persisted by {@link GrantStore}, which writes only the rows of accounts that differ.
 *
 * <p>Accounts are identified as in MySQL: the user name compares exactly, the host name case-insensitively, so every
 * method first makes the name canonical ({@link #canonical}: host lower-cased). Roles are accounts too. The methods
 * apply the data rules of GRANT and REVOKE (what a revoke removes, when a row disappears); checking that the grantor
 * may do it, that the objects and accounts exist and that a privilege is known is the caller's work, except that a
 * static privilege not permitted at a level is refused with {@link IllegalArgumentException}.
 */
public final class Grants {
    private static final Grants EMPTY = new Grants(0, Map.of(), 0);

    private final long version;
    private final Map<AccountName, AccountGrants> accounts;
    private final long lastRoleSeq;

    private Grants(long version, Map<AccountName, AccountGrants> accounts, long lastRoleSeq) {
        this.version = version;
        this.accounts = accounts;
        this.lastRoleSeq = lastRoleSeq;
    }

    public static Grants empty() {
        return EMPTY;
    }

    /** A snapshot of {@code accounts} (canonical names, empty entries dropped) at {@code version}. */
    static Grants of(long version, Map<AccountName, AccountGrants> accounts) {
        Map<AccountName, AccountGrants> m = new HashMap<>();
        long seq = 0;
        for (Map.Entry<AccountName, AccountGrants> e : accounts.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            m.put(canonical(e.getKey()), e.getValue());
            for (AccountGrants.RoleGrant r : e.getValue().roles().values()) seq = Math.max(seq, r.seq());
        }
        return new Grants(version, Collections.unmodifiableMap(m), seq);
    }

    /** The account name as grant data keys it: the host lower-cased, the user as is. */
    public static AccountName canonical(AccountName a) {
        String host = a.host().toLowerCase(Locale.ROOT);
        return host.equals(a.host()) ? a : new AccountName(a.user(), host);
    }

    /** Incremented by every change; callers key caches of {@link EffectivePrivileges} on it. */
    public long version() {
        return version;
    }

    /** The accounts that have any grant data. */
    public Set<AccountName> accounts() {
        return accounts.keySet();
    }

    /** The account's grant data; {@link AccountGrants#EMPTY} when it has none. */
    public AccountGrants account(AccountName account) {
        return accounts.getOrDefault(canonical(account), AccountGrants.EMPTY);
    }

    // ------------------------------------------------------------------ privileges

    /** GRANT static privileges ON *.* (GRANT OPTION included in the set for WITH GRANT OPTION). */
    public Grants grantGlobal(AccountName a, PrivilegeSet privileges) {
        return update(a, b -> b.grantGlobal(privileges));
    }

    public Grants revokeGlobal(AccountName a, PrivilegeSet privileges) {
        return update(a, b -> b.revokeGlobal(privileges));
    }

    /**
     * GRANT ALL ON *.*: every static global privilege and, as MySQL 8.0 does, every registered dynamic privilege
     * ({@link DynamicPrivileges#all()}), WITH GRANT OPTION if asked.
     */
    public Grants grantAllGlobal(AccountName a, boolean withGrantOption) {
        PrivilegeSet all = PrivilegeSet.allAt(PrivilegeLevel.GLOBAL);
        PrivilegeSet statics = withGrantOption ? all.with(Privilege.GRANT_OPTION) : all;
        return update(a, b -> {
            b.grantGlobal(statics);
            for (String d : DynamicPrivileges.all()) b.grantDynamic(d, withGrantOption);
        });
    }

    /**
     * REVOKE ALL ON *.*: every static global privilege except GRANT OPTION (which only {@code REVOKE ..., GRANT
     * OPTION} removes) and every dynamic privilege.
     */
    public Grants revokeAllGlobal(AccountName a) {
        return update(a, b -> {
            b.revokeGlobal(PrivilegeSet.allAt(PrivilegeLevel.GLOBAL));
            b.dynamic.clear();
        });
    }

    /** GRANT a dynamic privilege ON *.*; WITH GRANT OPTION is kept once granted until revoked. */
    public Grants grantDynamic(AccountName a, String name, boolean withGrantOption) {
        return update(a, b -> b.grantDynamic(name, withGrantOption));
    }

    public Grants revokeDynamic(AccountName a, String name) {
        return update(a, b -> b.revokeDynamic(name));
    }

    /** Clears the WITH GRANT OPTION flag of every dynamic privilege of the account (they stay granted). */
    public Grants revokeDynamicGrantOptions(AccountName a) {
        return update(a, AccountGrants.Builder::revokeDynamicGrantOptions);
    }

    /** GRANT ... ON db.* ({@code db} as written, possibly a LIKE pattern such as {@code test\_%}). */
    public Grants grantDatabase(AccountName a, String db, PrivilegeSet privileges) {
        return update(a, b -> b.grantDatabase(db, privileges));
    }

    public Grants revokeDatabase(AccountName a, String db, PrivilegeSet privileges) {
        return update(a, b -> b.revokeDatabase(db, privileges));
    }

    public Grants grantTable(AccountName a, String db, String table, PrivilegeSet privileges) {
        return update(a, b -> b.grantTable(db, table, privileges));
    }

    /** REVOKE ... ON db.table; also takes the privileges from every column of the table, as MySQL does. */
    public Grants revokeTable(AccountName a, String db, String table, PrivilegeSet privileges) {
        return update(a, b -> b.revokeTable(db, table, privileges));
    }

    /** GRANT priv (column) ON db.table; WITH GRANT OPTION belongs to the table: use {@link #grantTable}. */
    public Grants grantColumn(AccountName a, String db, String table, String column, PrivilegeSet privileges) {
        return update(a, b -> b.grantColumn(db, table, column, privileges));
    }

    public Grants revokeColumn(AccountName a, String db, String table, String column, PrivilegeSet privileges) {
        return update(a, b -> b.revokeColumn(db, table, column, privileges));
    }

    public Grants grantRoutine(AccountName a, String db, RoutineKind kind, String name, PrivilegeSet privileges) {
        return update(a, b -> b.grantRoutine(db, kind, name, privileges));
    }

    public Grants revokeRoutine(AccountName a, String db, RoutineKind kind, String name, PrivilegeSet privileges) {
        return update(a, b -> b.revokeRoutine(db, kind, name, privileges));
    }

    /** GRANT PROXY ON proxied TO a [WITH GRANT OPTION]. */
    public Grants grantProxy(AccountName a, AccountName proxied, boolean withGrantOption) {
        AccountName p = canonical(proxied);
        return update(a, b -> b.proxies.merge(p, withGrantOption, Boolean::logicalOr));
    }

    public Grants revokeProxy(AccountName a, AccountName proxied) {
        AccountName p = canonical(proxied);
        return update(a, b -> b.proxies.remove(p));
    }

    /** REVOKE ALL PRIVILEGES, GRANT OPTION FROM a: every privilege at every level; roles and proxies stay. */
    public Grants revokeAll(AccountName a) {
        return update(a, AccountGrants.Builder::revokeAllPrivileges);
    }

    // ------------------------------------------------------------------ roles

    /**
     * GRANT role TO grantee [WITH ADMIN OPTION]. Granting again keeps the edge's place in SHOW GRANTS and never
     * removes an ADMIN OPTION. Refuses an edge that would close a cycle (see {@link #createsCycle}).
     */
    public Grants grantRole(AccountName grantee, AccountName role, boolean withAdminOption) {
        AccountName r = canonical(role);
        if (createsCycle(grantee, r)) {
            throw new IllegalArgumentException(role.quoted() + " is directly or indirectly granted to " + grantee.quoted());
        }
        long seq = lastRoleSeq + 1;
        Grants g = update(grantee, b -> {
            AccountGrants.RoleGrant old = b.roles.get(r);
            if (old == null) b.roles.put(r, new AccountGrants.RoleGrant(r, withAdminOption, seq));
            else if (withAdminOption && !old.withAdminOption()) b.roles.put(r, new AccountGrants.RoleGrant(r, true, old.seq()));
        });
        return g == this ? this : new Grants(g.version, g.accounts, Math.max(lastRoleSeq, seq));
    }

    /**
     * REVOKE role FROM grantee. The role is also dropped from the grantee's default roles: a default role that is not
     * granted could never be activated.
     */
    public Grants revokeRole(AccountName grantee, AccountName role) {
        AccountName r = canonical(role);
        return update(grantee, b -> {
            b.roles.remove(r);
            b.defaultRoles.remove(r);
        });
    }

    /** SET DEFAULT ROLE: replaces the account's default roles (NONE is an empty list). */
    public Grants setDefaultRoles(AccountName a, List<AccountName> roles) {
        List<AccountName> canon = new ArrayList<>(new LinkedHashSet<>(roles.stream().map(Grants::canonical).toList()));
        return update(a, b -> {
            b.defaultRoles.clear();
            b.defaultRoles.addAll(canon);
        });
    }

    /** True when {@code role} is granted to {@code grantee} (directly). */
    public boolean isGranted(AccountName grantee, AccountName role) {
        return account(grantee).roles().containsKey(canonical(role));
    }

    /** The accounts {@code role} is granted to directly. */
    public List<AccountName> granteesOf(AccountName role) {
        AccountName r = canonical(role);
        List<AccountName> out = new ArrayList<>();
        accounts.forEach((a, g) -> {
            if (g.roles().containsKey(r)) out.add(a);
        });
        out.sort(AccountGrants.ACCOUNT_ORDER);
        return out;
    }

    /**
     * The roles reachable from {@code start} through role edges, {@code start} included: a role's privileges include
     * those of the roles granted to it, at any depth.
     */
    public Set<AccountName> roleClosure(Collection<AccountName> start) {
        Set<AccountName> seen = new LinkedHashSet<>();
        Deque<AccountName> todo = new ArrayDeque<>();
        for (AccountName a : start) todo.add(canonical(a));
        while (!todo.isEmpty()) {
            AccountName a = todo.poll();
            if (!seen.add(a)) continue;
            todo.addAll(account(a).roles().keySet());
        }
        return seen;
    }

    /** True when granting {@code role} to {@code grantee} would make the role graph cyclic (or is a self-grant). */
    public boolean createsCycle(AccountName grantee, AccountName role) {
        return roleClosure(List.of(role)).contains(canonical(grantee));
    }

    // ------------------------------------------------------------------ accounts and objects

    /** DROP USER / DROP ROLE: the account's rows, the edges granting it as a role, default roles and proxies naming it. */
    public Grants dropAccount(AccountName account) {
        AccountName a = canonical(account);
        Map<AccountName, AccountGrants> m = new HashMap<>(accounts);
        boolean changed = m.remove(a) != null;
        for (Map.Entry<AccountName, AccountGrants> e : accounts.entrySet()) {
            AccountGrants g = e.getValue();
            if (!m.containsKey(e.getKey())) continue;
            if (!g.roles().containsKey(a) && !g.defaultRoles().contains(a) && !g.proxies().containsKey(a)) continue;
            AccountGrants.Builder b = g.toBuilder();
            b.roles.remove(a);
            b.defaultRoles.remove(a);
            b.proxies.remove(a);
            put(m, e.getKey(), b.build());
            changed = true;
        }
        return changed ? new Grants(version + 1, Collections.unmodifiableMap(m), lastRoleSeq) : this;
    }

    /** RENAME USER: the account's rows move to the new name, and every reference to it is renamed. */
    public Grants renameAccount(AccountName from, AccountName to) {
        AccountName f = canonical(from);
        AccountName t = canonical(to);
        if (f.equals(t)) return this;
        if (accounts.containsKey(t)) throw new IllegalArgumentException(to.quoted() + " already has grants");
        Map<AccountName, AccountGrants> m = new HashMap<>(accounts);
        boolean changed = false;
        AccountGrants own = m.remove(f);
        if (own != null) {
            m.put(t, own);
            changed = true;
        }
        for (Map.Entry<AccountName, AccountGrants> e : new ArrayList<>(m.entrySet())) {
            AccountGrants g = e.getValue();
            if (!g.roles().containsKey(f) && !g.defaultRoles().contains(f) && !g.proxies().containsKey(f)) continue;
            AccountGrants.Builder b = g.toBuilder();
            AccountGrants.RoleGrant edge = b.roles.remove(f);
            if (edge != null) b.roles.put(t, new AccountGrants.RoleGrant(t, edge.withAdminOption(), edge.seq()));
            b.defaultRoles.replaceAll(x -> x.equals(f) ? t : x);
            Boolean proxyGrant = b.proxies.remove(f);
            if (proxyGrant != null) b.proxies.put(t, proxyGrant);
            m.put(e.getKey(), b.build());
            changed = true;
        }
        return changed ? new Grants(version + 1, Collections.unmodifiableMap(m), lastRoleSeq) : this;
    }

    /**
     * Every account's privileges on one routine (DROP PROCEDURE / DROP FUNCTION with automatic_sp_privileges, which
     * MySQL enables by default).
     */
    public Grants dropRoutineGrants(String db, RoutineKind kind, String name) {
        AccountGrants.RoutineRef ref = new AccountGrants.RoutineRef(db, kind, name);
        return updateAll(g -> g.routines().containsKey(ref), b -> b.routines.remove(ref));
    }

    /**
     * Every account's table and column privileges on {@code db.table}. MySQL keeps them on DROP TABLE (they apply
     * again if the table is re-created); this is for callers that decide otherwise.
     */
    public Grants dropTableGrants(String db, String table) {
        AccountGrants.TableRef ref = new AccountGrants.TableRef(db, table);
        return updateAll(g -> g.tables().containsKey(ref), b -> b.tables.remove(ref));
    }

    /**
     * Moves every account's table and column privileges from one name to another, merging with grants already on
     * the new name. MySQL's RENAME TABLE does not migrate privileges; this is for callers that decide otherwise.
     */
    public Grants renameTableGrants(String db, String table, String newDb, String newTable) {
        AccountGrants.TableRef from = new AccountGrants.TableRef(db, table);
        AccountGrants.TableRef to = new AccountGrants.TableRef(newDb, newTable);
        if (from.equals(to)) return this;
        return updateAll(g -> g.tables().containsKey(from), b -> {
            AccountGrants.TableGrant moved = b.tables.remove(from);
            b.tables.merge(to, moved, AccountGrants.Builder::unionTable);
        });
    }

    /**
     * What a new MySQL 8.0 server grants its root account: every static global privilege WITH GRANT OPTION, every
     * registered dynamic privilege WITH GRANT OPTION, and {@code GRANT PROXY ON ''@'' ... WITH GRANT OPTION}.
     */
    public Grants withSuperuser(AccountName a) {
        return update(a, b -> {
            b.grantGlobal(PrivilegeSet.allAt(PrivilegeLevel.GLOBAL).with(Privilege.GRANT_OPTION));
            for (String d : DynamicPrivileges.all()) b.grantDynamic(d, true);
            b.proxies.merge(new AccountName("", ""), true, Boolean::logicalOr);
        });
    }

    // ------------------------------------------------------------------ internals

    private Grants update(AccountName account, Consumer<AccountGrants.Builder> change) {
        AccountName a = canonical(account);
        AccountGrants old = accounts.getOrDefault(a, AccountGrants.EMPTY);
        AccountGrants.Builder b = old.toBuilder();
        change.accept(b);
        AccountGrants next = b.build();
        if (next.equals(old)) return this;
        Map<AccountName, AccountGrants> m = new HashMap<>(accounts);
        put(m, a, next);
        return new Grants(version + 1, Collections.unmodifiableMap(m), lastRoleSeq);
    }

    private Grants updateAll(Predicate<AccountGrants> affected, Consumer<AccountGrants.Builder> change) {
        Map<AccountName, AccountGrants> m = null;
        for (Map.Entry<AccountName, AccountGrants> e : accounts.entrySet()) {
            if (!affected.test(e.getValue())) continue;
            if (m == null) m = new HashMap<>(accounts);
            AccountGrants.Builder b = e.getValue().toBuilder();
            change.accept(b);
            put(m, e.getKey(), b.build());
        }
        return m == null ? this : new Grants(version + 1, Collections.unmodifiableMap(m), lastRoleSeq);
    }

    private static void put(Map<AccountName, AccountGrants> m, AccountName a, AccountGrants g) {
        if (g.isEmpty()) m.remove(a);
        else m.put(a, g);
    }

    /** Equal grant data (versions are not compared). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Grants g && accounts.equals(g.accounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accounts);
    }

    @Override
    public String toString() {
        return "Grants{version=" + version + ", accounts=" + accounts.keySet() + "}";
    }
}
