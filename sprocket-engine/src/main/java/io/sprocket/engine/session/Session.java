package io.sprocket.engine.session;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ResultSink;
import java.util.List;

/**
 * One client connection's view of the engine: what the protocol layer calls for each command.
 * Not thread-safe except {@link #cancel()}, which another connection's KILL QUERY may call.
 */
public interface Session extends AutoCloseable {
    long connectionId();

    /**
     * COM_QUERY: parses and runs the statements in {@code sql} one after another (several only when the client
     * enabled multi-statements), reporting each result to {@code sink}; stops at the first error.
     */
    void execute(String sql, ResultSink sink);

    /** COM_STMT_PREPARE. Throws SqlException (e.g. parse error) when the statement cannot be prepared. */
    PreparedStatement prepare(String sql) throws SqlException;

    /**
     * COM_STMT_EXECUTE. {@code params} hold wire values (see RowStream) decoded by the protocol layer:
     * strings as String, blobs as byte[], integers as Long/BigInteger, floats as Double, decimals as BigDecimal,
     * temporals as WireTemporal, NULL as null.
     */
    void execute(PreparedStatement statement, Object[] params, ResultSink sink);

    /** COM_STMT_CLOSE. */
    void close(PreparedStatement statement);

    /** COM_INIT_DB and USE. */
    void useDatabase(String database) throws SqlException;

    /** Current default database, or null. */
    String currentDatabase();

    /** COM_FIELD_LIST: the columns of {@code table} in the current database whose names match {@code wildcard}. */
    List<ColumnMeta> fieldList(String table, String wildcard) throws SqlException;

    /** COM_RESET_CONNECTION: rolls back, clears user variables, prepared statements, temp state; keeps the user. */
    void reset();

    /** COM_SET_OPTION: turns multi-statements on or off for the rest of the connection. */
    default void setMultiStatements(boolean on) {
    }

    /** SERVER_STATUS_* flags for the OK/EOF packets (in transaction, autocommit, ...). */
    int statusFlags();

    /** Warnings recorded by the last statement (the count in OK/EOF packets). */
    int warningCount();

    /** Interrupts the running statement (KILL QUERY); it fails with ER_QUERY_INTERRUPTED. */
    void cancel();

    /** Ends the session, rolling back an open transaction. */
    @Override
    void close();
}
