package io.sprocket.engine;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.CatalogStore;
import io.sprocket.engine.catalog.DatabaseDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.function.FunctionRegistry;
import io.sprocket.engine.function.NamedLocks;
import io.sprocket.engine.row.TableStore;
import io.sprocket.engine.security.AccountDirectory;
import io.sprocket.engine.security.AccountStore;
import io.sprocket.engine.session.ClientInfo;
import io.sprocket.engine.session.Session;
import io.sprocket.engine.session.SessionFactory;
import io.sprocket.engine.session.SessionImpl;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.variable.GlobalVariables;
import io.sprocket.engine.variable.StatusVariables;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import io.sprocket.engine.security.AccountName;
import io.sprocket.storage.rocksdb.RocksKvStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The database engine: the store, the published catalog, server-wide variables and the live sessions. A
 * data directory is used by one engine at a time (a file lock guards it).
 */
public final class Engine implements SessionFactory, AutoCloseable {
    private final Path dataDir;
    private final KvStore store;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean initializedNow;
    private volatile Catalog catalog;
    private final GlobalVariables globals;
    private final StatusVariables status = new StatusVariables();
    private final FunctionRegistry functions = FunctionRegistry.standard();
    private final NamedLocks namedLocks = new NamedLocks();
    private final AccountStore accounts;
    private final AtomicLong connectionIds = new AtomicLong();
    private final Map<Long, SessionImpl> sessions = new ConcurrentHashMap<>();
    private final Map<Long, TableStore> tableStores = new ConcurrentHashMap<>();
    /** Decoded rows of read-mostly tables for snapshot scans: up to 2M rows a table, 8M in all. */
    private final io.sprocket.engine.row.TableCaches tableCaches = new io.sprocket.engine.row.TableCaches(2_000_000, 8_000_000);
    /** DDL takes it exclusively, statements that read the catalog share it (a simple metadata lock). */
    private final ReentrantReadWriteLock metadataLock = new ReentrantReadWriteLock();
    private final long startMillis = System.currentTimeMillis();
    /** Closes a connection's socket (registered by the protocol layer) when KILL CONNECTION targets it. */
    private volatile java.util.function.LongConsumer connectionKiller = id -> { };
    /** Runs due events while event_scheduler is ON; stopped by {@link #close}. */
    private final io.sprocket.engine.event.EventScheduler eventScheduler = new io.sprocket.engine.event.EventScheduler(this);

    private Engine(Path dataDir, KvStore store, FileChannel lockChannel, FileLock lock, boolean initializedNow,
                   Map<String, String> options) {
        this.dataDir = dataDir;
        this.store = store;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.initializedNow = initializedNow;
        Map<String, String> startup = new java.util.HashMap<>(io.sprocket.engine.variable.ServerEnvironment.detectedOptions());
        startup.put("datadir", dataDir.toString() + "/");
        startup.putAll(options);
        this.globals = GlobalVariables.create(io.sprocket.engine.variable.VariableCatalog.mysql80(), startup);
        this.accounts = new AccountStore(store);
        try (var reader = store.newSnapshotReader()) {
            this.catalog = CatalogStore.load(reader);
            this.grants = io.sprocket.engine.security.GrantStore.load(reader);
        }
    }

    /** Opens (creating on first start) the data directory. */
    public static Engine open(EngineConfig config) {
        Path dir = config.dataDir().toAbsolutePath();
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve("sprocket.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("data directory " + dir + " is in use by another Sprocket server");
            }
            boolean fresh = !Files.exists(dir.resolve("store"));
            KvStore store = RocksKvStore.open(dir.resolve("store"));
            Engine engine = new Engine(dir, store, channel, lock, fresh, config.options());
            if (fresh || engine.catalog.database("mysql") == null) engine.initialize();
            engine.grantRootIfNoGrants();
            engine.eventScheduler.start();
            return engine;
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the original failure matters more
                }
            }
            throw new UncheckedIOException(e);
        }
    }

    /** First start: system databases and root@localhost with an empty password (--initialize-insecure). */
    private void initialize() {
        try (KvTransaction txn = store.begin()) {
            Catalog c = catalog;
            for (String name : new String[] {"mysql", "sys"}) {
                if (c.database(name) == null) {
                    DatabaseDef db = new DatabaseDef(name, CollationRegistry.defaultCollation());
                    CatalogStore.putDatabase(txn, db);
                    c = c.withDatabase(db);
                }
            }
            CatalogStore.putVersion(txn, c.version());
            accounts.createRootIfMissing(txn);
            txn.commit();
            catalog = c;
        }
    }

    /**
     * root@localhost holds every privilege WITH GRANT OPTION, as after mysqld --initialize. Also for data
     * directories made before grants were stored (no grant rows at all): otherwise root could do nothing.
     */
    private void grantRootIfNoGrants() {
        if (!grants.accounts().isEmpty()) return;
        try (KvTransaction txn = store.begin()) {
            boolean rootExists = accounts.all(txn).stream().anyMatch(a -> a.name().equals(AccountName.ROOT));
            if (!rootExists) return;
            io.sprocket.engine.security.Grants next = grants.withSuperuser(AccountName.ROOT);
            io.sprocket.engine.security.GrantStore.write(txn, grants, next);
            txn.commit();
            grants = next;
        }
    }

    private volatile io.sprocket.engine.security.Grants grants;

    /** The grant tables as last committed (an immutable snapshot; see {@link #publishGrants}). */
    public io.sprocket.engine.security.Grants grants() { return grants; }

    private volatile java.util.Set<io.sprocket.engine.security.AccountName> accountNames;

    /**
     * The accounts and roles that exist (names as stored), as last committed: what the invoker asks when a
     * definer-context object runs (1449 for an orphan). Loaded on first use, replaced by {@link #publishAccounts}.
     */
    public java.util.Set<io.sprocket.engine.security.AccountName> accountNames() {
        var names = accountNames;
        if (names == null) {
            try (var reader = store.newSnapshotReader()) {
                java.util.Set<io.sprocket.engine.security.AccountName> s = new java.util.HashSet<>();
                for (var a : accounts.all(reader)) s.add(io.sprocket.engine.security.Grants.canonical(a.name()));
                names = accountNames = java.util.Set.copyOf(s);
            }
        }
        return names;
    }

    /** Publishes the account names a committed account statement left. */
    public void publishAccounts(java.util.Collection<io.sprocket.engine.security.AccountName> names) {
        java.util.Set<io.sprocket.engine.security.AccountName> s = new java.util.HashSet<>();
        for (var n : names) s.add(io.sprocket.engine.security.Grants.canonical(n));
        accountNames = java.util.Set.copyOf(s);
    }

    /** Publishes the grants a committed account or privilege statement produced. */
    public void publishGrants(io.sprocket.engine.security.Grants next) {
        grants = next;
    }

    public Path dataDir() { return dataDir; }

    /** True when this open initialised an empty data directory (root@localhost with an empty password). */
    public boolean initializedNow() { return initializedNow; }

    public KvStore store() { return store; }

    public Catalog catalog() { return catalog; }

    /** Publishes the catalog a committed DDL produced. */
    public void publish(Catalog next) {
        if (next.version() > catalog.version() || next != catalog) catalog = next;
    }

    public ReentrantReadWriteLock metadataLock() { return metadataLock; }

    /** The event scheduler (event DDL and SET GLOBAL event_scheduler wake it). */
    public io.sprocket.engine.event.EventScheduler eventScheduler() { return eventScheduler; }

    public GlobalVariables globals() { return globals; }

    public StatusVariables status() { return status; }

    public FunctionRegistry functions() { return functions; }

    public NamedLocks namedLocks() { return namedLocks; }

    public long uptimeSeconds() { return (System.currentTimeMillis() - startMillis) / 1000; }

    /** The row store of a table definition (cached by table id; a changed definition gets a new store). */
    public io.sprocket.engine.row.TableCaches tableCaches() { return tableCaches; }

    public TableStore tableStore(TableDef table) {
        TableStore s = tableStores.get(table.id());
        if (s == null || s.table() != table) {
            s = new TableStore(store, table, tableCaches);
            tableStores.put(table.id(), s);
        }
        return s;
    }

    public Collection<SessionImpl> sessions() { return sessions.values(); }

    public SessionImpl session(long id) { return sessions.get(id); }

    @Override
    public long nextConnectionId() {
        return connectionIds.incrementAndGet();
    }

    @Override
    public AccountDirectory accounts() {
        return accounts;
    }

    /** The accounts' storage (account management writes through it, in the statement's transaction). */
    public AccountStore accountStore() {
        return accounts;
    }

    @Override
    public Session open(long connectionId, ClientInfo client) {
        SessionImpl s = new SessionImpl(this, connectionId, client);
        sessions.put(connectionId, s);
        return s;
    }

    /** Called by a session when it closes. */
    public void closed(SessionImpl session) {
        sessions.remove(session.connectionId());
    }

    @Override
    public void kill(long connectionId, boolean queryOnly) {
        SessionImpl s = sessions.get(connectionId);
        if (s == null) return;
        if (queryOnly) s.cancel();
        else s.killConnection();
    }

    /** The protocol layer registers how to close a connection's socket for KILL CONNECTION. */
    public void onKillConnection(java.util.function.LongConsumer killer) {
        this.connectionKiller = java.util.Objects.requireNonNull(killer);
    }

    /** KILL CONNECTION id from SQL: ends the session and closes its connection. */
    public void killConnection(long id) {
        SessionImpl s = sessions.get(id);
        if (s != null) s.killConnection();
        connectionKiller.accept(id);
    }

    @Override
    public void close() {
        eventScheduler.close();
        for (SessionImpl s : sessions.values()) s.close();
        io.sprocket.engine.row.AutoIncrements.of(store).checkpoint();
        store.close();
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
