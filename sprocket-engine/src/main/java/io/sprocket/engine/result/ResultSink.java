package io.sprocket.engine.result;

import io.sprocket.engine.error.SqlException;
import java.util.List;

/**
 * Receives the results of a command, in order. One COM_QUERY may produce several results (multi-statements,
 * and later CALL); {@code moreResults} says whether another result follows this one, which the protocol
 * layer turns into SERVER_MORE_RESULTS_EXISTS. After an error nothing else follows.
 * Status flags and the warning count at the end of each result come from {@code Session.statusFlags()} and
 * {@code Session.warningCount()} at the moment the result completes.
 */
public interface ResultSink {
    /** A result set. The implementation must consume {@code rows} before returning. */
    void resultSet(List<ColumnMeta> columns, RowStream rows, boolean moreResults);

    void ok(OkResult ok, boolean moreResults);

    void error(SqlException error);

    /**
     * The OUT and INOUT parameter values of a CALL executed as a server-side prepared statement: MySQL sends them
     * as one extra one-row result set flagged SERVER_PS_OUT_PARAMS, before the final OK. Sinks that do not
     * speak the binary protocol receive them as an ordinary result set.
     */
    default void outParameters(List<ColumnMeta> columns, Object[] row) {
        resultSet(columns, RowStream.of(java.util.List.<Object[]>of(row)), true);
    }

    /** False when the client did not announce CLIENT_MULTI_RESULTS: a CALL that returns a result set is then 1312. */
    default boolean multiResults() {
        return true;
    }
}
