package io.sprocket.engine.catalog;

import io.sprocket.engine.row.KeyLayout;
import io.sprocket.engine.row.RowCodec;
import io.sprocket.sql.ast.CreateTrigger;
import io.sprocket.sql.ast.TriggerEvent;
import io.sprocket.sql.ast.TriggerTiming;
import io.sprocket.storage.KeyEncoder;
import io.sprocket.storage.KvTransaction;

/**
 * Triggers in the store: key {@code 0x09 · schema · name}, value the metadata followed by the CREATE statement,
 * which is parsed again on load with the trigger's own sql_mode (as routines are).
 */
public final class TriggerStore {
    private TriggerStore() {
    }

    public static void put(KvTransaction txn, TriggerDef t) {
        txn.put(key(t.schema(), t.name()), encode(t));
    }

    public static void delete(KvTransaction txn, String schema, String name) {
        txn.delete(key(schema, name));
    }

    static byte[] key(String schema, String name) {
        return new KeyEncoder().writeRaw(new byte[]{KeyLayout.TRIGGERS}).writeUtf8(schema).writeUtf8(name).toByteArray();
    }

    static byte[] encode(TriggerDef t) {
        RowCodec.Writer w = new RowCodec.Writer(256 + t.bodyText().length() * 2);
        w.string(t.schema());
        w.string(t.name());
        w.string(t.table());
        w.string(t.timing().name());
        w.string(t.event().name());
        w.varint(t.actionOrder());
        w.string(t.definerUser());
        w.string(t.definerHost());
        w.varint(t.sqlMode());
        w.string(t.characterSetClient());
        w.string(t.collationConnection());
        w.string(t.databaseCollation());
        w.varint(t.createdCentis());
        w.string(t.createStatement());
        return w.toByteArray();
    }

    static TriggerDef decode(byte[] bytes) {
        RowCodec.Reader r = new RowCodec.Reader(bytes);
        String schema = r.string();
        String name = r.string();
        String table = r.string();
        TriggerTiming timing = TriggerTiming.valueOf(r.string());
        TriggerEvent event = TriggerEvent.valueOf(r.string());
        int order = (int) r.varint();
        String user = r.string();
        String host = r.string();
        long sqlMode = r.varint();
        String csClient = r.string();
        String collConn = r.string();
        String dbColl = r.string();
        long created = r.varint();
        String text = r.string();
        var options = io.sprocket.sql.ParserOptions.fromSqlMode(io.sprocket.engine.variable.SqlMode.format(sqlMode));
        CreateTrigger definition = (CreateTrigger) io.sprocket.sql.Parser.parse(text, options);
        return new TriggerDef(schema, name, table, timing, event, order, user, host, definition.bodyText(), sqlMode,
                csClient, collConn, dbColl, created, definition);
    }
}
