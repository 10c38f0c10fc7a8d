package io.sprocket.conformance.backend;

import static java.util.Objects.requireNonNull;

import io.sprocket.engine.Engine;
import io.sprocket.engine.EngineConfig;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.PasswordHashes;
import io.sprocket.engine.session.ClientInfo;
import io.sprocket.engine.session.Session;
import java.nio.file.Path;
import java.util.Set;

/**
 * The engine in-process, through the same Session API the protocol layer calls. Values are rendered with
 * WireValues.text, so this target and the wire target produce the same text for the same values.
 */
public final class EngineTarget implements Target {
    private final Engine engine;
    private final boolean prepared;

    public EngineTarget(Path dataDir) throws TargetException {
        this(dataDir, false);
    }

    /** {@code prepared}: every statement runs through prepare/execute/close instead of COM_QUERY. */
    public EngineTarget(Path dataDir, boolean prepared) throws TargetException {
        requireNonNull(dataDir);
        this.prepared = prepared;
        try {
            this.engine = Engine.open(new EngineConfig(dataDir));
        } catch (RuntimeException e) {
            throw new TargetException("engine: cannot open " + dataDir + ": " + e, e);
        }
    }

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public Set<String> names() {
        return Set.of("engine", "ours", "mysql");
    }

    @Override
    public boolean reportsInfo() {
        return true;
    }

    @Override
    public TargetConnection connect(String user, String password, String database) throws TargetException {
        // The Session API starts after authentication: the login is checked here as the server checks it (a
        // loopback client; cleartext instead of the wire's challenge), with the same errors.
        AccountName login = new AccountName(user, "localhost");
        var found = engine.accounts().find(user, "127.0.0.1");
        byte[] pw = password.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean ok = found.isPresent() && (found.get().plugin().equals(PasswordHashes.NATIVE_PLUGIN)
                ? PasswordHashes.nativeMatches(found.get().authString(), pw)
                : PasswordHashes.cachingSha2Matches(found.get().authString(), pw));
        if (!ok) {
            String message = "Access denied for user '" + user + "'@'localhost' (using password: "
                    + (password.isEmpty() ? "NO" : "YES") + ")";
            throw new TargetException("engine: cannot connect: " + message, null, 1045);
        }
        if (found.get().locked()) {
            throw new TargetException("engine: cannot connect: Access denied for user '" + user
                    + "'@'localhost'. Account is locked.", null, 3118);
        }
        AccountName account = found.get().name();
        try {
            Session session = engine.open(engine.nextConnectionId(),
                    new ClientInfo(login, account, database, true, true, false, 255));
            if (database != null) {
                // what the protocol layer does with the handshake's database (COM_INIT_DB semantics)
                try {
                    session.useDatabase(database);
                } catch (io.sprocket.engine.error.SqlException e) {
                    session.close();
                    throw new TargetException("engine: cannot use database " + database + ": " + e.getMessage(), e);
                }
            }
            return new EngineConnection(session, prepared);
        } catch (RuntimeException e) {
            throw new TargetException("engine: cannot open a session: " + e, e);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
