package io.sprocket.server.connection;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import io.sprocket.engine.session.PreparedStatement;
import io.sprocket.engine.session.Session;
import io.sprocket.server.protocol.BinaryValues;
import io.sprocket.server.protocol.Capabilities;
import io.sprocket.server.protocol.PacketChannel;
import io.sprocket.server.protocol.Packets;
import io.sprocket.server.protocol.PayloadReader;
import io.sprocket.server.protocol.ProtocolErrors;
import io.sprocket.server.protocol.ProtocolException;
import io.sprocket.server.protocol.ResultWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** COM_STMT_* for one connection: statement ids, bound parameter types and long data, binary execution. */
final class StatementCommands {
    private static final int UNSIGNED_FLAG = 0x80;
    private static final int MAX_PREPARED = 16382; // MySQL's default max_prepared_stmt_count

    /** A prepared statement with what the client bound to it across executions. */
    private static final class Entry {
        final long id;
        final PreparedStatement statement;
        final int parameterCount;
        int[] types; // type | UNSIGNED_FLAG << 8, from the last execute that sent them
        final Map<Integer, ByteArrayOutputStream> longData = new HashMap<>();

        Entry(long id, PreparedStatement statement) {
            this.id = id;
            this.statement = statement;
            this.parameterCount = statement.parameterCount();
        }
    }

    private final PacketChannel channel;
    private final Session session;
    private final int capabilities;
    private final Map<Long, Entry> entries = new HashMap<>();
    private long nextId = 1;

    StatementCommands(PacketChannel channel, Session session, int capabilities) {
        this.channel = Objects.requireNonNull(channel);
        this.session = Objects.requireNonNull(session);
        this.capabilities = capabilities;
    }

    void prepare(String sql) throws IOException {
        if (entries.size() >= MAX_PREPARED) {
            throw new SqlException(1461, "42000", "Can't create more than max_prepared_stmt_count statements "
                    + "(current value: " + MAX_PREPARED + ")");
        }
        PreparedStatement statement = session.prepare(sql);
        Entry entry = new Entry(nextId++, statement);
        entries.put(entry.id, entry);
        List<ColumnMeta> columns = statement.columns();
        channel.send(channel.start().int1(0).int4(entry.id).int2(columns.size()).int2(entry.parameterCount).int1(0)
                .int2(Math.min(session.warningCount(), 0xffff)));
        boolean eof = !Capabilities.has(capabilities, Capabilities.DEPRECATE_EOF);
        if (entry.parameterCount > 0) {
            List<ColumnMeta> parameters = statement.parameters();
            for (int i = 0; i < entry.parameterCount; i++) {
                ColumnMeta parameter = i < parameters.size() ? parameters.get(i)
                        : ColumnMeta.expression("?", ColumnType.BINARY_COLLATION_ID, 0, ColumnType.VAR_STRING, 0, 0);
                Packets.columnDefinition(channel, parameter, false);
            }
            if (eof) Packets.eof(channel, session.statusFlags(), session.warningCount());
        }
        if (!columns.isEmpty()) {
            for (ColumnMeta column : columns) Packets.columnDefinition(channel, column, false);
            if (eof) Packets.eof(channel, session.statusFlags(), session.warningCount());
        }
    }

    /** A malformed parameter block is answered with an error; the connection stays usable, as in MySQL. */
    void execute(PayloadReader r) {
        try {
            executeChecked(r);
        } catch (ProtocolException e) {
            throw e.error();
        }
    }

    private void executeChecked(PayloadReader r) throws ProtocolException {
        long id = r.int4();
        r.int1(); // cursor flags: no cursors, the whole result is sent at once
        r.int4(); // iteration count, always 1
        Entry entry = entries.get(id);
        if (entry == null) throw ProtocolErrors.unknownStatement(id, "mysqld_stmt_execute");
        Object[] params = new Object[entry.parameterCount];
        if (entry.parameterCount > 0) {
            byte[] nulls = r.bytes((entry.parameterCount + 7) / 8);
            boolean newTypes = r.int1() == 1;
            if (newTypes) {
                int[] types = new int[entry.parameterCount];
                for (int i = 0; i < types.length; i++) types[i] = r.int2();
                entry.types = types;
            }
            if (entry.types == null) throw new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, "mysqld_stmt_execute");
            for (int i = 0; i < params.length; i++) {
                int type = entry.types[i] & 0xff;
                ByteArrayOutputStream longData = entry.longData.get(i);
                if ((nulls[i >> 3] & (1 << (i & 7))) != 0) {
                    params[i] = null;
                } else if (longData != null) {
                    params[i] = BinaryValues.longData(longData.toByteArray(), type);
                } else {
                    params[i] = BinaryValues.readParameter(r, type, (entry.types[i] & (UNSIGNED_FLAG << 8)) != 0);
                }
            }
        }
        entry.longData.clear();
        ResultWriter writer = new ResultWriter(channel, session, capabilities, true);
        ClientConnection.run(writer, () -> session.execute(entry.statement, params, writer));
    }

    /** No reply, success or not (the protocol has none); bad ids are ignored. */
    void sendLongData(PayloadReader r) throws ProtocolException {
        long id = r.int4();
        int parameter = r.int2();
        byte[] data = r.rest();
        Entry entry = entries.get(id);
        if (entry == null || parameter >= entry.parameterCount) return;
        entry.longData.computeIfAbsent(parameter, p -> new ByteArrayOutputStream()).writeBytes(data);
    }

    void reset(PayloadReader r) throws ProtocolException, IOException {
        long id = r.int4();
        Entry entry = entries.get(id);
        if (entry == null) throw ProtocolErrors.unknownStatement(id, "mysqld_stmt_reset");
        entry.longData.clear();
        Packets.ok(channel, capabilities, 0, 0, session.statusFlags(), 0, null);
    }

    /** No reply. */
    void close(PayloadReader r) throws ProtocolException {
        Entry entry = entries.remove(r.int4());
        if (entry != null) session.close(entry.statement);
    }

    void fetch(PayloadReader r) throws ProtocolException {
        long id = r.int4();
        if (!entries.containsKey(id)) throw ProtocolErrors.unknownStatement(id, "mysqld_stmt_fetch");
        throw ProtocolErrors.noOpenCursor(id);
    }

    void closeAll() {
        for (Entry entry : entries.values()) {
            try {
                session.close(entry.statement);
            } catch (RuntimeException ignored) {
                // the session is being reset or replaced anyway
            }
        }
        entries.clear();
    }
}
