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
}
