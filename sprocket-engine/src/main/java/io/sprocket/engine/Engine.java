package io.sprocket.engine;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.security.AccountDirectory;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.StoredAccount;
import io.sprocket.engine.session.ClientInfo;
import io.sprocket.engine.session.PreparedStatement;
import io.sprocket.engine.session.Session;
import io.sprocket.engine.session.SessionFactory;
import io.sprocket.engine.session.StatusFlags;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database engine: storage, catalog and sessions behind one object. TEMPORARY SKELETON: the engine lead is
 * replacing this with the real implementation; the public methods here are the contract.
 */
public final class Engine implements SessionFactory, AutoCloseable {
    private final AtomicLong connectionIds = new AtomicLong();
    private final boolean createdNow;

    private Engine(EngineConfig config, boolean createdNow) {
        this.createdNow = createdNow;
    }

    /** Opens (creating on first start) the data directory. */
    public static Engine open(EngineConfig config) {
        return new Engine(config, true);
    }

    /** True when this open initialised an empty data directory (root@localhost with an empty password). */
    public boolean initializedNow() {
        return createdNow;
    }

    @Override
    public long nextConnectionId() {
        return connectionIds.incrementAndGet();
    }

    @Override
    public AccountDirectory accounts() {
        return (user, host) -> user.equals("root")
                ? Optional.of(new StoredAccount(AccountName.ROOT, "caching_sha2_password", "", false))
                : Optional.empty();
    }

    @Override
    public Session open(long connectionId, ClientInfo client) {
        return new Session() {
            @Override public long connectionId() { return connectionId; }
            @Override public void execute(String sql, ResultSink sink) {
                sink.error(new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "this statement"));
            }
            @Override public PreparedStatement prepare(String sql) {
                throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "prepared statements");
            }
            @Override public void execute(PreparedStatement statement, Object[] params, ResultSink sink) {
                sink.error(new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "prepared statements"));
            }
            @Override public void close(PreparedStatement statement) { }
            @Override public void useDatabase(String database) {
                throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, database);
            }
            @Override public String currentDatabase() { return null; }
            @Override public List<ColumnMeta> fieldList(String table, String wildcard) { return List.of(); }
            @Override public void reset() { }
            @Override public int statusFlags() { return StatusFlags.AUTOCOMMIT; }
            @Override public int warningCount() { return 0; }
            @Override public void cancel() { }
            @Override public void close() { }
        };
    }

    @Override
    public void kill(long connectionId, boolean queryOnly) {
    }

    @Override
    public void close() {
    }
}
