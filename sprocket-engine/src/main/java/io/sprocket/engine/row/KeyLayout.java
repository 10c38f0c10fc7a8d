package io.sprocket.engine.row;

import io.sprocket.storage.KeyEncoder;

/**
 * The top-level key spaces of the store (see the package documentation of {@code io.sprocket.engine.catalog}).
 * Table and index ids are fixed width so that a table's keys form one contiguous range.
 */
public final class KeyLayout {
    public static final byte META = 0x01;
    public static final byte DATABASES = 0x02;
    public static final byte TABLES = 0x03;
    /** Reserved for accounts and grants (owned by the engine's security code). */
    public static final byte ACCOUNTS = 0x04;
    public static final byte COUNTERS = 0x05;
    /** Stored procedures and functions: 0x06 + schema + kind-and-lower-cased-name. */
    public static final byte ROUTINES = 0x06;
    /** Grant data, one key per grant row: 0x07 + row kind + account + object (see security.GrantStore). */
    public static final byte GRANTS = 0x07;
    /** Events: 0x0A + schema + lower-cased name → the stored definition (catalog.EventDef). */
    public static final byte EVENTS = 0x0A;
    /** Triggers: 0x09 + schema + name (see catalog.TriggerStore). */
    public static final byte TRIGGERS = 0x09;
    /** 0x08 + schema + name: a view's definition (catalog.ViewDef). */
    public static final byte VIEWS = 0x08;
    public static final byte DATA = 0x10;

    /** Second byte of a counter key: which counter of the table. */
    public static final byte COUNTER_AUTO_INCREMENT = 0x01;
    public static final byte COUNTER_ROW_ID = 0x02;

    private KeyLayout() {
    }

    /** 0x10 + table id: every row and index entry of the table. */
    public static byte[] tablePrefix(long tableId) {
        return new KeyEncoder(9).writeRaw(new byte[]{DATA}).writeUnsignedLong(tableId).toByteArray();
    }

    /** 0x10 + table id + index id. */
    public static byte[] indexPrefix(long tableId, int indexId) {
        return new KeyEncoder(10).writeRaw(new byte[]{DATA}).writeUnsignedLong(tableId)
                .writeRaw(new byte[]{(byte) indexId}).toByteArray();
    }

    /** 0x05 + table id + counter kind: an 8-byte counter maintained with {@code KvStore.increment}. */
    public static byte[] counterKey(long tableId, byte kind) {
        return new KeyEncoder(10).writeRaw(new byte[]{COUNTERS}).writeUnsignedLong(tableId)
                .writeRaw(new byte[]{kind}).toByteArray();
    }
}
