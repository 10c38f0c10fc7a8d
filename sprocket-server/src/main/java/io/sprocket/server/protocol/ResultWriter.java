package io.sprocket.server.protocol;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.result.WireValues;
import io.sprocket.engine.session.Session;
import io.sprocket.engine.session.StatusFlags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the engine's results for one command into packets: text rows for COM_QUERY, binary rows for
 * COM_STMT_EXECUTE. Nothing is flushed here; the connection flushes once the command's response is complete.
 * Socket failures surface as {@link UncheckedIOException} because the sink interface cannot throw IOException.
 */
public final class ResultWriter implements ResultSink {
    private static final Logger LOG = LoggerFactory.getLogger(ResultWriter.class);

    private final PacketChannel channel;
    private final Session session;
    private final int capabilities;
    private final boolean binary;
    private boolean finished;
    private boolean expectMore;
    private boolean anything;

    public ResultWriter(PacketChannel channel, Session session, int capabilities, boolean binary) {
        this.channel = Objects.requireNonNull(channel);
        this.session = Objects.requireNonNull(session);
        this.capabilities = capabilities;
        this.binary = binary;
    }

    @Override
    public void resultSet(List<ColumnMeta> columns, RowStream rows, boolean moreResults) {
        writeResultSet(columns, rows, moreResults, 0);
    }

    /**
     * The OUT/INOUT values of a prepared CALL: a one-row binary result set whose EOF packets carry
     * SERVER_PS_OUT_PARAMS with SERVER_MORE_RESULTS_EXISTS (the final OK follows). A client that did not announce
     * CLIENT_PS_MULTI_RESULTS could not tell it from the procedure's own result sets, so it is left out, as the
     * servers do. Text-protocol commands cannot bind OUT parameters to placeholders; they keep the default.
     */
    @Override
    public void outParameters(List<ColumnMeta> columns, Object[] row) {
        if (!binary) {
            ResultSink.super.outParameters(columns, row);
            return;
        }
        if (!Capabilities.has(capabilities, Capabilities.PS_MULTI_RESULTS)) return;
        writeResultSet(columns, RowStream.of(List.<Object[]>of(row)), true, StatusFlags.PS_OUT_PARAMS);
    }

    /** A CALL that would send a result set to a client without CLIENT_MULTI_RESULTS is refused (1312). */
    @Override
    public boolean multiResults() {
        return Capabilities.has(capabilities, Capabilities.MULTI_RESULTS);
    }

    private void writeResultSet(List<ColumnMeta> columns, RowStream rows, boolean moreResults, int extraStatus) {
        if (finished) return;
        anything = true;
        try {
            channel.send(channel.start().lenenc(columns.size()));
            for (ColumnMeta column : columns) Packets.columnDefinition(channel, column, false);
            boolean deprecateEof = Capabilities.has(capabilities, Capabilities.DEPRECATE_EOF);
            // the EOF after the column definitions already announces what follows the rows, as MySQL's does
            if (!deprecateEof) Packets.eof(channel, status(moreResults) | extraStatus, session.warningCount());
            ColumnMeta[] cols = columns.toArray(ColumnMeta[]::new);
            while (true) {
                Object[] row;
                try {
                    row = rows.next();
                } catch (SqlException e) {
                    // an error in the middle of a result set replaces the rest of it (as MySQL does)
                    error(e);
                    return;
                }
                if (row == null) break;
                if (binary) binaryRow(cols, row);
                else textRow(cols, row);
            }
            Packets.terminator(channel, capabilities, status(moreResults) | extraStatus, session.warningCount());
            expectMore = moreResults;
            if (!moreResults) finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void textRow(ColumnMeta[] columns, Object[] row) throws IOException {
        PayloadWriter w = channel.start();
        for (int i = 0; i < columns.length; i++) {
            Object value = i < row.length ? row[i] : null;
            if (value == null) w.int1(0xfb);
            else w.lenencBytes(WireValues.text(value, columns[i]));
        }
        channel.send(w);
    }

    private void binaryRow(ColumnMeta[] columns, Object[] row) throws IOException {
        PayloadWriter w = channel.start().int1(0);
        int bitmap = w.reserve((columns.length + 7 + 2) / 8);
        for (int i = 0; i < columns.length; i++) {
            Object value = i < row.length ? row[i] : null;
            if (value == null) w.setBit(bitmap, i + 2);
            else BinaryValues.write(w, value, columns[i]);
        }
        channel.send(w);
    }

    @Override
    public void ok(OkResult ok, boolean moreResults) {
        if (finished) return;
        anything = true;
        try {
            Packets.ok(channel, capabilities, ok.affectedRows(), ok.lastInsertId(), status(moreResults),
                    session.warningCount(), ok.info());
            expectMore = moreResults;
            if (!moreResults) finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void error(SqlException error) {
        if (finished) return;
        anything = true;
        finished = true;
        try {
            Packets.error(channel, error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Called after the engine returned: a command must end with exactly one final packet. An engine that reported
     * nothing, or promised more results and stopped, gets a closing OK so the client is not left waiting.
     */
    public void complete() {
        if (finished) return;
        if (anything && expectMore) LOG.warn("engine announced more results but sent none");
        ok(OkResult.EMPTY, false);
    }

    public boolean finished() {
        return finished;
    }

    private int status(boolean more) {
        // no session-state data follows our OK packets, so that flag must never reach the client;
        // SERVER_PS_OUT_PARAMS belongs to the OUT-parameter result set alone
        int status = session.statusFlags()
                & ~(StatusFlags.MORE_RESULTS_EXISTS | StatusFlags.SESSION_STATE_CHANGED | StatusFlags.PS_OUT_PARAMS);
        return more ? status | StatusFlags.MORE_RESULTS_EXISTS : status;
    }
}
