package io.sprocket.engine.catalog;

import io.sprocket.engine.row.KeyLayout;
import io.sprocket.engine.row.RowCodec;
import io.sprocket.sql.ast.CreateEvent;
import io.sprocket.sql.ast.IntervalUnit;
import io.sprocket.storage.KeyEncoder;

/**
 * Events in the store: key {@code 0x0A · schema · lower-cased name}, value the definition's fields followed by
 * the canonical CREATE EVENT text, which is parsed again (with the event's sql_mode) when the catalog is loaded.
 */
final class EventStore {
    private static final int FORMAT = 1;

    private EventStore() {
    }

    static byte[] key(String schema, String name) {
        return new KeyEncoder().writeRaw(new byte[]{KeyLayout.EVENTS}).writeUtf8(schema).writeUtf8(EventDef.key(name))
                .toByteArray();
    }

    static byte[] encode(EventDef e) {
        RowCodec.Writer w = new RowCodec.Writer(256 + e.bodyText().length() * 2);
        w.varint(FORMAT);
        w.string(e.schema());
        w.string(e.name());
        w.string(e.definerUser());
        w.string(e.definerHost());
        optional(w, e.executeAt());
        w.varint(e.intervalValue());
        w.string(e.intervalField() == null ? "" : e.intervalField().name());
        optional(w, e.starts());
        optional(w, e.ends());
        w.string(e.status().name());
        w.bool(e.preserve());
        w.string(e.comment());
        w.string(e.bodyText());
        w.varint(e.sqlMode());
        w.string(e.timeZone());
        w.string(e.characterSetClient());
        w.string(e.collationConnection());
        w.string(e.databaseCollation());
        w.zigzag(e.createdSeconds());
        w.zigzag(e.lastAlteredSeconds());
        optional(w, e.lastExecuted());
        w.varint(e.originator());
        w.string(e.createText());
        return w.toByteArray();
    }

    static EventDef decode(byte[] bytes) {
        RowCodec.Reader r = new RowCodec.Reader(bytes);
        long format = r.varint();
        if (format != FORMAT) throw new IllegalStateException("unsupported event format " + format);
        String schema = r.string();
        String name = r.string();
        String user = r.string();
        String host = r.string();
        Long executeAt = optional(r);
        long intervalValue = r.varint();
        String field = r.string();
        Long starts = optional(r);
        Long ends = optional(r);
        EventDef.Status status = EventDef.Status.valueOf(r.string());
        boolean preserve = r.bool();
        String comment = r.string();
        String body = r.string();
        long sqlMode = r.varint();
        String timeZone = r.string();
        String csClient = r.string();
        String collConn = r.string();
        String dbColl = r.string();
        long created = r.zigzag();
        long altered = r.zigzag();
        Long executed = optional(r);
        long originator = r.varint();
        String text = r.string();
        var options = io.sprocket.sql.ParserOptions.fromSqlMode(io.sprocket.engine.variable.SqlMode.format(sqlMode));
        CreateEvent definition = (CreateEvent) io.sprocket.sql.Parser.parse(text, options);
        return new EventDef(schema, name, user, host, executeAt, intervalValue,
                field.isEmpty() ? null : IntervalUnit.valueOf(field), starts, ends, status, preserve, comment, body,
                sqlMode, timeZone, csClient, collConn, dbColl, created, altered, executed, originator, definition);
    }

    private static void optional(RowCodec.Writer w, Long v) {
        w.bool(v != null);
        if (v != null) w.zigzag(v);
    }

    private static Long optional(RowCodec.Reader r) {
        return r.bool() ? r.zigzag() : null;
    }
}
