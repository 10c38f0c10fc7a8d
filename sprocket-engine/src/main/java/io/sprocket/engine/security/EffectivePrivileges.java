package io.sprocket.engine.security;

import io.sprocket.sql.ast.RoutineKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a security context may do: the privileges of its account plus those of its active roles and, transitively,
 * of every role granted to an active role (MySQL 8.0 expands the role graph; roles granted to the account but not
 * active do not count). Computed once from a {@link Grants} snapshot into lookup maps; immutable and thread-safe, so
 * callers cache instances per ({@link Grants#version()}, account, active roles).
 *
 * <p>Each lookup returns the union down the levels: {@link #database} is global ∪ database, {@link #table} adds the
 * table grant, {@link #column} the column grant, {@link #routine} the routine grant. Database grants may name LIKE
 * patterns ({@code %}, {@code _}, {@code \} escapes, case-sensitive as names are): a database's privileges are those
 * of a grant on exactly its name if there is one, else the union of the matching patterns.
 */
public final class EffectivePrivileges {
    private static final PrivilegeSet DB_VISIBLE =
            PrivilegeSet.permittedAt(PrivilegeLevel.DATABASE).with(Privilege.SHOW_DATABASES).without(Privilege.GRANT_OPTION);
    private static final PrivilegeSet TABLE_VISIBLE =
            PrivilegeSet.permittedAt(PrivilegeLevel.TABLE).without(Privilege.GRANT_OPTION);
    private static final PrivilegeSet ROUTINE_VISIBLE =
            PrivilegeSet.of(Privilege.EXECUTE, Privilege.ALTER_ROUTINE, Privilege.CREATE_ROUTINE);

    private record Pattern(String pattern, long bits) {
    }

    private record TableEntry(long table, long anyColumn, Map<String, Long> columns) {
    }

    private final long version;
    private final AccountName account;
    private final Set<AccountName> roles;
    private final long global;
    private final Map<String, Boolean> dynamic;
    private final Map<String, Long> databases;
    private final List<Pattern> patterns;
    private final Map<String, Long> patternCache = new ConcurrentHashMap<>();
    private final Map<String, Map<String, TableEntry>> tables;
    private final Map<AccountGrants.RoutineRef, Long> routines;
    private final Set<String> routineDatabases;
    private final Set<AccountName> adminRoles;
    private final Map<AccountName, Boolean> proxies;
    /** A database whose privileges are fixed (the session's database as of its last USE); null when none. */
    private final String pinnedDb;
    private final long pinnedDbBits;

    private EffectivePrivileges(EffectivePrivileges live, long global, String pinnedDb, long pinnedDbBits) {
        this.version = live.version;
        this.account = live.account;
        this.roles = live.roles;
        this.global = global;
        this.dynamic = live.dynamic;
        this.databases = live.databases;
        this.patterns = live.patterns;
        this.tables = live.tables;
        this.routines = live.routines;
        this.routineDatabases = live.routineDatabases;
        this.adminRoles = live.adminRoles;
        this.proxies = live.proxies;
        this.pinnedDb = pinnedDb;
        this.pinnedDbBits = pinnedDbBits;
    }

    private EffectivePrivileges(Grants grants, AccountName account, Collection<AccountName> activeRoles) {
        this.version = grants.version();
        this.account = Grants.canonical(account);
        Set<AccountName> closure = grants.roleClosure(activeRoles);
        closure.remove(this.account);
        this.roles = Collections.unmodifiableSet(closure);
        Set<AccountName> ids = new LinkedHashSet<>();
        ids.add(this.account);
        ids.addAll(closure);

        long g = 0;
        Map<String, Boolean> dyn = new HashMap<>();
        Map<String, Long> dbs = new HashMap<>();
        Map<String, Long> pats = new LinkedHashMap<>();
        Map<String, Map<String, long[]>> tbl = new HashMap<>();
        Map<String, Map<String, Map<String, Long>>> cols = new HashMap<>();
        Map<AccountGrants.RoutineRef, Long> rts = new HashMap<>();
        Set<AccountName> admin = new HashSet<>();
        for (AccountName id : ids) {
            AccountGrants a = grants.account(id);
            g |= a.global().bits();
            a.dynamic().forEach((n, go) -> dyn.merge(n, go, Boolean::logicalOr));
            a.databases().forEach((db, p) -> {
                dbs.merge(db, p.bits(), (x, y) -> x | y);
                if (isPattern(db)) pats.merge(db, p.bits(), (x, y) -> x | y);
            });
            a.tables().forEach((ref, t) -> {
                long[] bits = tbl.computeIfAbsent(ref.db(), k -> new HashMap<>()).computeIfAbsent(ref.table(), k -> new long[2]);
                bits[0] |= t.privileges().bits();
                Map<String, Long> c = cols.computeIfAbsent(ref.db(), k -> new HashMap<>())
                        .computeIfAbsent(ref.table(), k -> new HashMap<>());
                t.columns().forEach((lower, cg) -> {
                    c.merge(lower, cg.privileges().bits(), (x, y) -> x | y);
                    bits[1] |= cg.privileges().bits();
                });
            });
            a.routines().forEach((ref, r) -> rts.merge(ref, r.privileges().bits(), (x, y) -> x | y));
            a.roles().values().forEach(e -> {
                if (e.withAdminOption()) admin.add(e.role());
            });
        }
        this.global = g;
        this.pinnedDb = null;
        this.pinnedDbBits = 0;
        this.dynamic = Map.copyOf(dyn);
        this.databases = Map.copyOf(dbs);
        List<Pattern> pl = new ArrayList<>();
        pats.forEach((p, b) -> pl.add(new Pattern(p, b)));
        this.patterns = List.copyOf(pl);
        Map<String, Map<String, TableEntry>> tables = new HashMap<>();
        tbl.forEach((db, m) -> {
            Map<String, TableEntry> inner = new HashMap<>();
            m.forEach((t, bits) -> inner.put(t, new TableEntry(bits[0], bits[1], Map.copyOf(cols.get(db).get(t)))));
            tables.put(db, Map.copyOf(inner));
        });
        this.tables = Map.copyOf(tables);
        this.routines = Map.copyOf(rts);
        Set<String> rdbs = new HashSet<>();
        for (AccountGrants.RoutineRef r : rts.keySet()) rdbs.add(r.db());
        this.routineDatabases = Set.copyOf(rdbs);
        this.adminRoles = Set.copyOf(admin);
        this.proxies = Map.copyOf(grants.account(this.account).proxies());
    }

    /** The privileges of {@code account} with {@code activeRoles} (and the roles granted to them) active. */
    public static EffectivePrivileges compute(Grants grants, AccountName account, Collection<AccountName> activeRoles) {
        return new EffectivePrivileges(grants, account, activeRoles);
    }

    /** The privileges of {@code account} with no role active. */
    public static EffectivePrivileges compute(Grants grants, AccountName account) {
        return new EffectivePrivileges(grants, account, List.of());
    }

    /**
     * These privileges with the static global ones replaced by {@code global} and those of database {@code db}
     * (when not null) by {@code dbBits}: what a connected session keeps from its login and its last USE (MySQL 8.0
     * Reference Manual, 8.2.13 When Privilege Changes Take Effect). Dynamic, table, column and routine privileges
     * stay as computed.
     */
    public EffectivePrivileges pinned(PrivilegeSet global, String db, PrivilegeSet dbBits) {
        return new EffectivePrivileges(this, global.bits(), db, db == null ? 0 : dbBits.bits());
    }

    /** The database-level privileges on {@code db} alone (exact grant, else matching patterns), without global ones. */
    public PrivilegeSet databaseOnly(String db) {
        return new PrivilegeSet(databaseBits(db));
    }

    /** The {@link Grants#version()} this was computed from. */
    public long version() {
        return version;
    }

    public AccountName account() {
        return account;
    }

    /** The roles whose privileges count: the active roles and every role reachable from them. */
    public Set<AccountName> roles() {
        return roles;
    }

    /** Static global privileges. */
    public PrivilegeSet global() {
        return new PrivilegeSet(global);
    }

    public boolean hasGlobal(Privilege p) {
        return (global & p.mask()) != 0;
    }

    /** Global ∪ database privileges on {@code db}. */
    public PrivilegeSet database(String db) {
        return new PrivilegeSet(global | databaseBits(db));
    }

    /** Global ∪ database ∪ table privileges on {@code db.table} (column grants not included). */
    public PrivilegeSet table(String db, String table) {
        TableEntry t = tableEntry(db, table);
        return new PrivilegeSet(global | databaseBits(db) | (t == null ? 0 : t.table()));
    }

    /** Privileges on one column: global ∪ database ∪ table ∪ column. */
    public PrivilegeSet column(String db, String table, String column) {
        TableEntry t = tableEntry(db, table);
        long c = t == null ? 0 : t.columns().getOrDefault(column.toLowerCase(Locale.ROOT), 0L);
        return new PrivilegeSet(global | databaseBits(db) | (t == null ? 0 : t.table()) | c);
    }

    /** Privileges held on the table or on at least one of its columns (e.g. SELECT on some column). */
    public PrivilegeSet anyColumn(String db, String table) {
        TableEntry t = tableEntry(db, table);
        return new PrivilegeSet(global | databaseBits(db) | (t == null ? 0 : t.table() | t.anyColumn()));
    }

    /** Global ∪ database ∪ routine privileges on the routine. */
    public PrivilegeSet routine(String db, RoutineKind kind, String name) {
        Long r = routines.get(new AccountGrants.RoutineRef(db, kind, name));
        return new PrivilegeSet(global | databaseBits(db) | (r == null ? 0 : r));
    }

    /**
     * True when {@code db} is visible (SHOW DATABASES, information_schema): some global privilege that applies to
     * databases or SHOW DATABASES, or any privilege on the database, on a table or column in it, or on a routine in
     * it. GRANT OPTION alone does not count.
     */
    public boolean anyOnDatabase(String db) {
        return (global & DB_VISIBLE.bits()) != 0
                || (databaseBits(db) & ~Privilege.GRANT_OPTION.mask()) != 0
                || tables.containsKey(db)
                || routineDatabases.contains(db);
    }

    /** True when USE may enter {@code db}: as {@link #anyOnDatabase}, but SHOW DATABASES alone lists, not enters. */
    public boolean mayUse(String db) {
        return (global & DB_VISIBLE.without(Privilege.SHOW_DATABASES).bits()) != 0
                || (databaseBits(db) & ~Privilege.GRANT_OPTION.mask()) != 0
                || tables.containsKey(db)
                || routineDatabases.contains(db);
    }

    /** True when {@code db.table} is visible: a table-level privilege at any level above or on it, or on a column. */
    public boolean anyOnTable(String db, String table) {
        if (((global | databaseBits(db)) & TABLE_VISIBLE.bits()) != 0) return true;
        TableEntry t = tableEntry(db, table);
        return t != null && ((t.table() & ~Privilege.GRANT_OPTION.mask()) != 0 || t.anyColumn() != 0);
    }

    /** True when the routine is visible: EXECUTE, ALTER ROUTINE or CREATE ROUTINE above it, or any grant on it. */
    public boolean anyOnRoutine(String db, RoutineKind kind, String name) {
        if (((global | databaseBits(db)) & ROUTINE_VISIBLE.bits()) != 0) return true;
        Long r = routines.get(new AccountGrants.RoutineRef(db, kind, name));
        return r != null && (r & ~Privilege.GRANT_OPTION.mask()) != 0;
    }

    /**
     * True when the dynamic privilege is held, or SUPER is held and MySQL 8.0 still lets SUPER stand for it
     * ({@link DynamicPrivileges#superImplies}: SET_USER_ID, SYSTEM_VARIABLES_ADMIN, CONNECTION_ADMIN, ROLE_ADMIN, ...).
     */
    public boolean hasDynamic(String name) {
        return hasDynamicGranted(name) || (DynamicPrivileges.superImplies(name) && hasGlobal(Privilege.SUPER));
    }

    /** True when the dynamic privilege itself is granted (SUPER not considered). */
    public boolean hasDynamicGranted(String name) {
        return dynamic.containsKey(DynamicPrivileges.normalize(name));
    }

    /** True when the dynamic privilege is held WITH GRANT OPTION. */
    public boolean dynamicGrantable(String name) {
        return Boolean.TRUE.equals(dynamic.get(DynamicPrivileges.normalize(name)));
    }

    /** The dynamic privileges held (upper case), with their grant option. */
    public Map<String, Boolean> dynamicPrivileges() {
        return dynamic;
    }

    /** True when the context may grant or revoke {@code role}: ROLE_ADMIN (or SUPER), or the role WITH ADMIN OPTION. */
    public boolean canAdminister(AccountName role) {
        return hasDynamic(DynamicPrivileges.ROLE_ADMIN) || adminRoles.contains(Grants.canonical(role));
    }

    /** True when the account was granted PROXY on {@code proxied}. */
    public boolean canProxy(AccountName proxied) {
        return proxies.containsKey(Grants.canonical(proxied));
    }

    /**
     * True when the account may GRANT PROXY on {@code proxied}: it holds that proxy grant WITH GRANT OPTION, or
     * holds PROXY ON ''@'' WITH GRANT OPTION (what MySQL gives root so that it can grant PROXY for any account).
     */
    public boolean canGrantProxy(AccountName proxied) {
        return Boolean.TRUE.equals(proxies.get(Grants.canonical(proxied)))
                || Boolean.TRUE.equals(proxies.get(new AccountName("", "")));
    }

    // ------------------------------------------------------------------ internals

    private long databaseBits(String db) {
        if (pinnedDb != null && pinnedDb.equals(db)) return pinnedDbBits;
        Long exact = databases.get(db);
        if (exact != null) return exact;
        if (patterns.isEmpty()) return 0;
        return patternCache.computeIfAbsent(db, d -> {
            long bits = 0;
            for (Pattern p : patterns) if (like(p.pattern(), d)) bits |= p.bits();
            return bits;
        });
    }

    private TableEntry tableEntry(String db, String table) {
        Map<String, TableEntry> m = tables.get(db);
        return m == null ? null : m.get(table);
    }

    /** True when a database grant name is a LIKE pattern (has %, _ or a backslash escape). */
    static boolean isPattern(String name) {
        return name.indexOf('%') >= 0 || name.indexOf('_') >= 0 || name.indexOf('\\') >= 0;
    }

    /** SQL LIKE with % and _ and backslash escapes, case-sensitive. */
    static boolean like(String p, String s) {
        int pi = 0;
        int si = 0;
        int starP = -1;
        int starS = -1;
        while (si < s.length()) {
            if (pi < p.length()) {
                char c = p.charAt(pi);
                if (c == '%') {
                    starP = pi++;
                    starS = si;
                    continue;
                }
                if (c == '\\' && pi + 1 < p.length()) {
                    if (p.charAt(pi + 1) == s.charAt(si)) {
                        pi += 2;
                        si++;
                        continue;
                    }
                } else if (c == '_' || c == s.charAt(si)) {
                    pi++;
                    si++;
                    continue;
                }
            }
            if (starP < 0) return false;
            pi = starP + 1;
            si = ++starS;
        }
        while (pi < p.length() && p.charAt(pi) == '%') pi++;
        return pi == p.length();
    }

    @Override
    public String toString() {
        return "EffectivePrivileges{" + account + ", roles=" + roles + ", version=" + version + "}";
    }
}
