package io.sprocket.conformance.backend;

import static java.util.Objects.requireNonNull;

import io.sprocket.engine.Engine;
import io.sprocket.engine.EngineConfig;
import io.sprocket.engine.security.AccountName;
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
        // The Session API starts after authentication, so the password is not checked here (the wire target does).
        AccountName account = new AccountName(user, "localhost");
        try {
            Session session = engine.open(engine.nextConnectionId(),
                    new ClientInfo(account, account, database, true, true, false, 255));
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
