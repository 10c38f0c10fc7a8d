package io.sprocket.engine.session;

import io.sprocket.engine.Engine;
import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.expr.SessionAccess;
import io.sprocket.engine.function.FunctionContext;
import io.sprocket.engine.function.MySqlRandom;
import io.sprocket.engine.function.NamedLocks;
import io.sprocket.engine.function.SqlModeFlag;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.SecurityContext;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.variable.ScopeKeyword;
import io.sprocket.engine.variable.SessionVariables;
import io.sprocket.engine.variable.SqlMode;
import io.sprocket.sql.EmptyQueryException;
import io.sprocket.sql.ParsedStatement;
import io.sprocket.sql.Parser;
import io.sprocket.sql.ParserOptions;
import io.sprocket.sql.SqlParseException;
import io.sprocket.sql.ast.VariableScope;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's session: its identity, variables, transaction, diagnostics and prepared statements. The
 * statement loop lives here; what each statement does lives in {@link StatementRunner}.
 */
public final class SessionImpl implements Session, SessionAccess, FunctionContext {
    private static final Logger LOG = LoggerFactory.getLogger(SessionImpl.class);

    final Engine engine;
    private final long connectionId;
    private ClientInfo client;
    SecurityContext security;  // changed only by Invoker (and a login or COM_CHANGE_USER)
    final SessionVariables variables;
    final Diagnostics diagnostics = new Diagnostics();
    final Transactions transactions;
    private final Map<String, Object> userVariables = new HashMap<>();
    final Map<String, ParsedStatement> sqlPrepared = new HashMap<>();
    private String database;
    private volatile boolean cancelled;
    private volatile boolean killed;
    private final AtomicInteger state = new AtomicInteger();
    private volatile String currentStatement;
    private volatile long statementStartMillis;
    private Instant statementStart = Instant.now();
    private long rowCount = -1;
    /** @@warning_count / @@error_count: the diagnostics of the statement before the current one. */
    int previousWarningCount;
    int previousErrorCount;
    /** Bumped whenever the session's temporary tables change, so cached plans are recompiled. */
    long temporaryGeneration;
    private long foundRows;
    private final MySqlRandom random;
    private final StatementRunner runner;
    /** Recently run single-statement texts and their parse, so a repeated query is not parsed again. */
    private final Map<String, CachedParse> parseCache = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedParse> eldest) {
            return size() > 256;
        }
    };

    private record CachedParse(ParsedStatement statement, long sqlMode) { }

    // Stored program execution state (see Routines): the running routine's frame and variables in scope, the
    // step running, the sink its statements answer to, and the guards against recursion.
    Object[] routineFrame;
    io.sprocket.engine.expr.LocalVariables currentLocals;
    io.sprocket.engine.routine.Step.Sql currentStep;
    io.sprocket.engine.routine.Invocation currentInvocation;
    io.sprocket.engine.result.ResultSink callSink;
    /** Greater than 0 while a stored function runs: its statements are part of the calling statement. */
    int functionDepth;
    /** What the running top-level statement reads and writes (a stored function may not change those: 1442). */
    final StatementTables statementTables = new StatementTables();
    /** WITH CHECK OPTION conditions of the views a running INSERT / UPDATE writes through (see ViewDml). */
    java.util.List<ViewDml.Check> viewChecks = java.util.List.of();
    /** The USING variables of the EXECUTE running now, or null: where a prepared CALL's OUT values go. */
    List<String> executeUsing;
    final Map<String, io.sprocket.engine.routine.Program> programs = new HashMap<>();
    final Map<String, Integer> recursion = new HashMap<>();

    @Override
    public Object[] routineFrame() { return routineFrame; }

    StatementRunner runner() { return runner; }

    /** Sets the default database without USE's checks (a routine runs in its own); returns the previous one. */
    String swapDatabase(String name) {
        String previous = database;
        database = name;
        // Entering or leaving a routine's database is a change of database: its privileges are read afresh.
        if (!java.util.Objects.equals(previous, name)) pinDatabase(name);
        return previous;
    }

    public SessionImpl(Engine engine, long connectionId, ClientInfo client) {
        this.engine = engine;
        this.connectionId = connectionId;
        this.client = client;
        this.security = new SecurityContext(client.account());
        this.variables = new SessionVariables(engine.globals(), connectionId);
        diagnostics.setNotesEnabled(variables.sqlNotes());
        this.transactions = new Transactions(engine.store(), engine.tableCaches());
        this.random = MySqlRandom.seeded(connectionId);
        if (client.collationId() > 0) {
            try {
                variables.applyHandshakeCollation(client.collationId());
            } catch (SqlException ignored) {
                // unknown collation id from the client: keep the server default
            }
        }
        this.runner = new StatementRunner(this);
        pinLogin();
        refreshPasswordState();
        if (client.database() != null && !mustChangePassword) useDatabase(client.database());
    }

    /**
     * Sandbox mode (MySQL 8.0 Reference Manual, 8.2.16 Server Handling of Expired Passwords): while the account's
     * password is expired, only ALTER USER, SET PASSWORD and SET statements run; the others are 1820.
     */
    boolean mustChangePassword;

    /** Reads whether the account's password is expired (at login, and after ALTER USER / SET PASSWORD). */
    void refreshPasswordState() {
        boolean expired = false;
        try (var reader = engine.store().newSnapshotReader()) {
            for (var a : engine.accountStore().all(reader)) {
                if (a.name().equals(client.account())) expired = a.passwordExpired();
            }
        }
        mustChangePassword = expired;
    }

    // ------------------------------------------------------------------ Session

    @Override
    public long connectionId() { return connectionId; }

    public ClientInfo client() { return client; }

    public SecurityContext securityContext() { return security; }

    /** The client's host as messages show it ('localhost' for a loopback client). */
    String clientHost() { return security == loginSecurity ? client.user().host() : security.user().host(); }

    private io.sprocket.engine.security.EffectivePrivileges privileges;
    /** The roles SET ROLE made active; null until then (the account's default roles). */
    private java.util.Set<AccountName> activeRoles;

    void setActiveRoles(java.util.Set<AccountName> roles) {
        activeRoles = java.util.Set.copyOf(roles);
        roleGeneration++;
        if (security == loginSecurity) {  // SET ROLE reads the account's own privileges again
            pinLogin();
            pinDatabase(database);
        }
        privileges = null;
    }

    /**
     * The roles active now: SET ROLE's choice, else those a login activates: the account's default roles, or
     * every role granted to it when activate_all_roles_on_login is ON (mandatory_roles count as granted).
     */
    java.util.Set<AccountName> activeRoles() {
        if (activeRoles != null) return activeRoles;
        var held = engine.grants().account(security.user());
        java.util.Set<AccountName> roles = new java.util.LinkedHashSet<>();
        // a default role that is no longer granted (nor mandatory) is not activated
        java.util.List<AccountName> mandatory = mandatoryRoles();
        for (AccountName d : held.defaultRoles()) {
            if (held.roles().containsKey(d) || mandatory.contains(d)) roles.add(d);
        }
        Object all = engine.globals().value(engine.globals().catalog().require("activate_all_roles_on_login"));
        if (Boolean.TRUE.equals(all) || Long.valueOf(1).equals(all)) {
            roles.addAll(held.roles().keySet());
            roles.addAll(mandatory);
        }
        return roles;
    }

    /** mandatory_roles: 'r1'@'%',r2,... as accounts (host % when omitted); roles every account holds. */
    java.util.List<AccountName> mandatoryRoles() {
        Object v = engine.globals().value(engine.globals().catalog().require("mandatory_roles"));
        java.util.List<AccountName> out = new java.util.ArrayList<>();
        if (!(v instanceof String text) || text.isBlank()) return out;
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            int at = p.lastIndexOf('@');
            String user = unquote(at < 0 ? p : p.substring(0, at));
            String host = at < 0 ? "%" : unquote(p.substring(at + 1));
            out.add(new AccountName(user, host.toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }

    private static String unquote(String s) {
        s = s.strip();
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '`' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /**
     * What the current security context may do: its account's grants plus its active roles, recomputed when the
     * grant tables change.
     */
    io.sprocket.engine.security.EffectivePrivileges privileges() {
        var grants = engine.grants();
        var p = privileges;
        if (p == null || p.version() != grants.version()) {
            p = io.sprocket.engine.security.EffectivePrivileges.compute(grants, security.user(), activeRoles());
            if (security == loginSecurity) {
                // With no role active, the login keeps the static global privileges it logged in with and the
                // database privileges of its database as of the last USE (MySQL 8.0 Reference Manual, 8.2.13
                // When Privilege Changes Take Effect); with roles active, MySQL re-reads them at each statement.
                if (p.roles().isEmpty() && loginGlobal != null) p = p.pinned(loginGlobal, pinnedDb, pinnedDbPrivileges);
            } else {
                contextPrivileges.put(security.user(), new ContextPrivileges(p, engine.globals().changeCount()));
            }
            privileges = p;
        }
        return p;
    }

    // ------------------------------------------------------------------ identity switches (only Invoker calls these)

    /** The stored objects this session is inside, innermost first (see {@link Invoker}). */
    Invoker.Frame invokerChain;
    /** Definer contexts' privileges by account, so that entering one again costs a lookup. */
    private final Map<AccountName, ContextPrivileges> contextPrivileges = new HashMap<>();

    /** A definer's privileges and the SET GLOBAL count they were read at (activate_all_roles_on_login, mandatory_roles). */
    private record ContextPrivileges(io.sprocket.engine.security.EffectivePrivileges privileges, long globals) { }

    java.util.Set<AccountName> activeRolesField() { return activeRoles; }

    io.sprocket.engine.security.EffectivePrivileges privilegesField() { return privileges; }

    /** The last definer the invoker found among {@link #knownAccounts} (an identity-compared snapshot). */
    java.util.Set<AccountName> knownAccounts;
    AccountName knownDefiner;
    private final Map<AccountName, SecurityContext> definerContexts = new HashMap<>();

    /** Definer context: the definer's privileges with its default roles, read as the grant tables are now. */
    void switchTo(AccountName definer) {
        // the same definer as last time (the common case: one routine called again and again) costs no lookup
        SecurityContext context = lastDefinerContext;
        if (context == null || !context.user().equals(definer)) {
            context = lastDefinerContext = definerContexts.computeIfAbsent(definer, SecurityContext::new);
        }
        security = context;
        activeRoles = null;
        var c = contextPrivileges.get(definer);
        privileges = c != null && c.privileges().version() == engine.grants().version()
                && c.globals() == engine.globals().changeCount() ? c.privileges() : null;
    }

    private SecurityContext lastDefinerContext;

    /** Changes when a definer's privileges may have: a grant change or a SET GLOBAL (activate_all_roles_on_login ...). */
    long definerStamp() {
        return engine.grants().version() * 1_000_003L + engine.globals().changeCount();
    }

    void restoreContext(SecurityContext context, java.util.Set<AccountName> roles,
                        io.sprocket.engine.security.EffectivePrivileges p) {
        security = context;
        activeRoles = roles;
        privileges = p;
    }

    /** The login's static global privileges, read when it logged in (null before). */
    private io.sprocket.engine.security.PrivilegeSet loginGlobal;
    /** The login's identity; another context (a definer's) sees privileges as they are now. */
    private SecurityContext loginSecurity;
    /** The database whose privileges were read at the last USE, and those privileges (database level only). */
    private String pinnedDb;
    private io.sprocket.engine.security.PrivilegeSet pinnedDbPrivileges;

    private long loginReadVersion;
    private long pinReadVersion;
    private long roleGeneration;

    /**
     * Changes whenever what {@link #privileges()} returns may have changed: a grant change, a re-read of the
     * pinned login or database privileges, SET ROLE. Compiled plans (checked at compile time) are keyed by it.
     */
    long privilegeStamp() {
        return ((engine.grants().version() * 1_000_037L + pinReadVersion) * 1_000_039L + loginReadVersion) * 31
                + roleGeneration;
    }

    private void pinLogin() {
        loginReadVersion = engine.grants().version();
        loginSecurity = security;
        loginGlobal = ownPrivileges().global();
        pinnedDb = null;
        privileges = null;
    }

    /** Reads the database privileges of {@code db} afresh and keeps them while it is the session's database. */
    private void pinDatabase(String db) {
        if (security != loginSecurity) return;
        pinReadVersion = engine.grants().version();
        pinnedDb = db;
        pinnedDbPrivileges = db == null ? null
                : ownPrivileges().databaseOnly(db);
        privileges = null;
    }

    private io.sprocket.engine.security.EffectivePrivileges own;

    /** The login account's own privileges (no roles) as the grant tables have them now; cached per grant version. */
    private io.sprocket.engine.security.EffectivePrivileges ownPrivileges() {
        var grants = engine.grants();
        var o = own;
        if (o == null || o.version() != grants.version() || !o.account().equals(security.user())) {
            o = own = io.sprocket.engine.security.EffectivePrivileges.compute(grants, security.user());
        }
        return o;
    }

    @Override
    public void execute(String sql, ResultSink sink) {
        currentStatement = sql;
        statementStartMillis = System.currentTimeMillis();
        try {
            long mode = variables.sqlMode();
            CachedParse cached = parseCache.get(sql);
            if (cached != null && cached.sqlMode() == mode) {
                runOne(cached.statement(), null, sink, false);
                return;
            }
            ParserOptions options = parserOptions();
            int offset = 0;
            boolean first = true;
            while (true) {
                Optional<ParsedStatement> parsed;
                try {
                    parsed = Parser.parseNext(sql, offset, options);
                } catch (SqlParseException e) {
                    fail(sink, new SqlException(e.errorCode(), e.sqlState(), e.getMessage()));
                    return;
                }
                if (parsed.isEmpty()) {
                    if (first) fail(sink, new SqlException(ErrorCode.ER_EMPTY_QUERY));
                    return;
                }
                ParsedStatement statement = parsed.get();
                offset = statement.nextOffset();
                boolean more = client.multiStatements() && hasMore(sql, offset, options);
                if (!client.multiStatements() && hasMore(sql, offset, options)) {
                    // Without CLIENT_MULTI_STATEMENTS the rest of the text is a syntax error, as MySQL reports it.
                    fail(sink, syntaxErrorAt(sql, offset));
                    return;
                }
                if (first && !hasMoreText(sql, offset, options) && sql.length() < 4096) {
                    parseCache.put(sql, new CachedParse(statement, mode));
                }
                first = false;
                if (!runOne(statement, null, sink, more)) return;
                if (!more) return;
            }
        } finally {
            currentStatement = null;
            cancelled = false;
        }
    }

    private static SqlException syntaxErrorAt(String sql, int offset) {
        String rest = sql.substring(offset).strip();
        if (rest.startsWith(";")) rest = rest.substring(1).strip();
        int line = 1;
        for (int i = 0; i < offset && i < sql.length(); i++) if (sql.charAt(i) == '\n') line++;
        return new SqlException(ErrorCode.ER_PARSE_ERROR, rest, line);
    }

    private static boolean hasMoreText(String sql, int offset, ParserOptions options) {
        return hasMore(sql, offset, options);
    }

    private static boolean hasMore(String sql, int offset, ParserOptions options) {
        if (offset >= sql.length()) return false;
        try {
            return Parser.parseNext(sql, offset, options).isPresent();
        } catch (EmptyQueryException e) {
            return false;
        } catch (SqlParseException e) {
            return true;
        }
    }

    /** Runs one parsed statement; false when it failed (the error was already sent). */
    boolean runOne(ParsedStatement statement, Object[] parameters, ResultSink sink, boolean more) {
        statementStart = Instant.now();
        try {
            runner.run(statement, parameters, sink, more);
            // A stored function that wrote during an autocommit read leaves its transaction to be committed here.
            if (transactions.active() && !transactions.explicit() && variables.autocommit()) transactions.commit();
            return true;
        } catch (SqlException e) {
            if (transactions.active() && !transactions.explicit() && variables.autocommit()) transactions.rollback();
            fail(sink, e);
            return false;
        } catch (io.sprocket.storage.StorageException e) {
            fail(sink, transactions.map(e));
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("internal error running: {}", statement.sourceText(), e);
            fail(sink, new SqlException(ErrorCode.ER_INTERNAL_ERROR, e.getClass().getSimpleName()));
            return false;
        }
    }

    private void fail(ResultSink sink, SqlException e) {
        diagnostics.clear();
        diagnostics.addError(e);
        sink.error(e);
    }

    @Override
    public PreparedStatement prepare(String sql) {
        return Prepared.prepare(this, sql);
    }

    @Override
    public void execute(PreparedStatement statement, Object[] params, ResultSink sink) {
        Prepared p = (Prepared) statement;
        currentStatement = p.parsed().sourceText();
        try {
            runOne(p.parsed(), params, sink, false);
        } finally {
            currentStatement = null;
            cancelled = false;
        }
    }

    @Override
    public void close(PreparedStatement statement) {
        // Prepared statements hold no resources beyond their parse tree.
    }

    @Override
    public void useDatabase(String name) {
        Catalog catalog = engine.catalog();
        if (name.equalsIgnoreCase("information_schema") || name.equalsIgnoreCase("performance_schema")) {
            database = name.toLowerCase();
            return;
        }
        // USE reads the database's privileges afresh (the global ones stay as at login).
        String wasPinned = pinnedDb;
        var wasPrivileges = pinnedDbPrivileges;
        pinDatabase(null);
        try {
            AccessChecks.useDatabase(this, name);
        } catch (SqlException e) {
            pinnedDb = wasPinned;
            pinnedDbPrivileges = wasPrivileges;
            privileges = null;
            throw e;
        }
        var db = catalog.database(name);
        if (db == null) {
            pinDatabase(wasPinned);
            throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, name);
        }
        database = name;
        pinDatabase(name);
        variables.setDatabaseDefaults(db.collation().charsetName(), db.collation().name());
    }

    @Override
    public String currentDatabase() { return database; }

    void clearDatabase() {
        database = null;
        pinDatabase(null);
    }

    @Override
    public List<ColumnMeta> fieldList(String table, String wildcard) {
        return Shows.fieldList(this, table, wildcard);
    }

    /** CREATE TEMPORARY TABLE definitions by schema and name; they shadow base tables of the same name. */
    final Map<String, io.sprocket.engine.catalog.TableDef> temporaryTables = new java.util.LinkedHashMap<>();

    /** Whether db.table names one of this session's temporary tables (no privilege checks once created). */
    boolean isTemporary(String db, String table) {
        return !temporaryTables.isEmpty() && temporaryTables.containsKey(temporaryKey(db, table));
    }

    static String temporaryKey(String schema, String name) {
        return schema + "\0" + name;
    }

    /** The catalog as this session sees it: the published one with its temporary tables laid over it. */
    Catalog visibleCatalog() {
        Catalog c = engine.catalog();
        for (var t : temporaryTables.values()) c = c.withTable(t);
        return c;
    }

    /** Compiled SELECT plans of this session by statement text, valid while the rest of the key still matches. */
    final Map<String, CachedPlan> planCache = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedPlan> eldest) {
            return size() > 256;
        }
    };

    record CachedPlan(io.sprocket.engine.exec.QueryPlan plan, long catalogVersion, String database, long sqlMode,
                      String collation, long divIncrement) { }

    @Override
    public void reset() {
        parseCache.clear();
        planCache.clear();
        transactions.rollback();
        userVariables.clear();
        sqlPrepared.clear();
        diagnostics.clear();
        variables.reset();
    }

    /** COM_CHANGE_USER: a fresh session state under a new identity. */
    public void changeUser(ClientInfo info) {
        reset();
        this.client = info;
        this.security = new SecurityContext(info.account());
        activeRoles = null;
        pinLogin();
        database = null;
        if (info.database() != null) useDatabase(info.database());
    }

    /** COM_SET_OPTION: multi-statements switched on or off for the rest of the connection. */
    @Override
    public void setMultiStatements(boolean on) {
        client = new ClientInfo(client.user(), client.account(), client.database(), on, client.multiResults(),
                client.foundRows(), client.collationId());
    }

    @Override
    public int statusFlags() {
        int flags = 0;
        if (variables.autocommit()) flags |= StatusFlags.AUTOCOMMIT;
        if (transactions.explicit()) flags |= StatusFlags.IN_TRANS;
        if (variables.has(SqlMode.NO_BACKSLASH_ESCAPES)) flags |= StatusFlags.NO_BACKSLASH_ESCAPES;
        return flags;
    }

    @Override
    public int warningCount() { return hideWarningCount ? 0 : diagnostics.warningCount(); }

    /** True after GET DIAGNOSTICS: it keeps the diagnostics area but reports no conditions of its own. */
    boolean hideWarningCount;

    @Override
    public void cancel() { cancelled = true; }

    public void killConnection() {
        killed = true;
        cancelled = true;
    }

    public boolean isKilled() { return killed; }

    @Override
    public void close() {
        try {
            transactions.rollback();
            TemporaryTables.dropAll(this);
        } catch (RuntimeException e) {
            LOG.debug("rollback at close failed", e);
        }
        engine.namedLocks().releaseAll(connectionId);
        engine.closed(this);
    }

    // ------------------------------------------------------------------ processlist

    public String currentStatementText() { return currentStatement; }

    public long statementSeconds() {
        return currentStatement == null ? 0 : (System.currentTimeMillis() - statementStartMillis) / 1000;
    }

    // ------------------------------------------------------------------ SessionAccess

    @Override
    public FunctionContext functionContext() { return this; }

    @Override
    public Object userVariable(String name) { return userVariables.get(name.toLowerCase()); }

    @Override
    public void setUserVariable(String name, Object value) {
        String key = name.toLowerCase();
        userVariables.put(key, value);
        if (!nullTypeWitness.isEmpty()) nullTypeWitness.remove(key);
    }

    /**
     * Sets a user variable from a value of a known type (an OUT parameter): a NULL keeps the type's class, as in
     * MySQL, where a user variable assigned an INT NULL is still an integer variable.
     */
    void setUserVariable(String name, Object value, io.sprocket.engine.type.SqlType type) {
        setUserVariable(name, value);
        if (value != null || type == null) return;
        Object witness = type.kind().isInteger() ? (type.unsigned() && type.kind() == io.sprocket.engine.type.TypeKind.BIGINT
                ? (Object) java.math.BigInteger.ZERO : (Object) 0L)
                : type.kind() == io.sprocket.engine.type.TypeKind.DECIMAL ? java.math.BigDecimal.ZERO
                : type.kind().isApproximate() ? (Object) 0.0
                : type.kind().isCharacter() ? "" : null;
        if (witness != null) nullTypeWitness.put(name.toLowerCase(), witness);
    }

    /** A user variable's value for typing an expression: a typed NULL answers a value of its type. */
    Object userVariableForTyping(String name) {
        Object v = userVariable(name);
        return v != null || nullTypeWitness.isEmpty() ? v : nullTypeWitness.get(name.toLowerCase());
    }

    private final Map<String, Object> nullTypeWitness = new HashMap<>();

    @Override
    public Object systemVariable(VariableScope scope, String name) {
        if (name.equalsIgnoreCase("warning_count")) return (long) previousWarningCount;
        if (name.equalsIgnoreCase("error_count")) return (long) previousErrorCount;
        return variables.select(name, keyword(scope));
    }

    static ScopeKeyword keyword(VariableScope scope) {
        return switch (scope) {
            case GLOBAL, PERSIST, PERSIST_ONLY -> ScopeKeyword.GLOBAL;
            case SESSION -> ScopeKeyword.SESSION;
            default -> ScopeKeyword.NONE;
        };
    }

    @Override
    public boolean strictMode() { return variables.strict(); }

    // ------------------------------------------------------------------ FunctionContext

    @Override
    public Warnings warnings() { return diagnostics; }

    @Override
    public String user() {
        return client.user().user() + "@" + client.user().host();
    }

    @Override
    public String currentRole() {
        var roles = new java.util.ArrayList<>(activeRoles());
        if (roles.isEmpty()) return "NONE";
        roles.sort(java.util.Comparator.comparing(AccountName::user).thenComparing(AccountName::host));
        StringBuilder sb = new StringBuilder();
        for (AccountName r : roles) {
            if (!sb.isEmpty()) sb.append(',');
            sb.append('`').append(r.user()).append("`@`").append(r.host()).append('`');
        }
        return sb.toString();
    }

    @Override
    public String currentUser() {
        AccountName a = security.user();
        return a.user() + "@" + a.host();
    }

    @Override
    public Instant statementStart() { return statementStart; }

    @Override
    public ZoneId timeZone() {
        String tz = variables.timeZone();
        if (tz.equalsIgnoreCase("SYSTEM")) return ZoneId.systemDefault();
        try {
            return tz.startsWith("+") || tz.startsWith("-") ? ZoneOffset.of(tz) : ZoneId.of(tz);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    @Override
    public boolean sqlMode(SqlModeFlag flag) {
        try {
            return variables.has(SqlMode.valueOf(flag.name()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public long lastInsertId() { return variables.lastInsertId(); }

    @Override
    public void setLastInsertId(long value) { variables.setLastInsertId(value); }

    @Override
    public long rowCount() { return rowCount; }

    void setRowCount(long count) { rowCount = count; }

    @Override
    public long foundRows() { return foundRows; }

    void setFoundRows(long rows) { foundRows = rows; }

    @Override
    public String characterSetConnection() { return variables.characterSetConnection(); }

    @Override
    public String collationConnection() { return variables.collationConnection(); }

    Collation connectionCollation() {
        Collation c = CollationRegistry.instance().collation(variables.collationConnection());
        return c != null ? c : CollationRegistry.defaultCollation();
    }

    @Override
    public int divPrecisionIncrement() { return (int) variables.divPrecisionIncrement(); }

    @Override
    public long groupConcatMaxLen() { return variables.groupConcatMaxLen(); }

    @Override
    public String version() { return String.valueOf(variables.select("version", ScopeKeyword.NONE)); }

    @Override
    public MySqlRandom random() { return random; }

    @Override
    public NamedLocks namedLocks() { return engine.namedLocks(); }

    @Override
    public boolean interrupted() { return cancelled; }

    ParserOptions parserOptions() {
        long mode = variables.sqlMode();
        if (mode == 0) return ParserOptions.DEFAULT;
        return new ParserOptions(variables.has(SqlMode.ANSI_QUOTES), variables.has(SqlMode.NO_BACKSLASH_ESCAPES),
                variables.has(SqlMode.PIPES_AS_CONCAT), variables.has(SqlMode.HIGH_NOT_PRECEDENCE),
                variables.has(SqlMode.IGNORE_SPACE), variables.has(SqlMode.REAL_AS_FLOAT));
    }

    List<Condition> conditions() { return diagnostics.conditions(); }
}
