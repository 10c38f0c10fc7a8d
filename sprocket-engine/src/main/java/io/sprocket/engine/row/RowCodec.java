package io.sprocket.engine.row;

import io.sprocket.engine.type.BitValue;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import io.sprocket.engine.type.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a row ({@code Object[]} in the engine's value representation) into bytes and back. Each value carries a
 * one-byte tag, so the codec needs no table definition and old rows stay readable after a type change (ALTER
 * TABLE converts them explicitly anyway). Integers are zig-zag varints, so small values take one or two bytes.
 *
 * <p>Format: varint column count, then per column a tag and its payload.
 */
public final class RowCodec {
    private static final byte NULL = 0;
    private static final byte LONG = 1;
    private static final byte BIG_INTEGER = 2;
    private static final byte DECIMAL = 3;
    private static final byte DOUBLE = 4;
    private static final byte STRING = 5;
    private static final byte BYTES = 6;
    private static final byte BIT = 7;
    private static final byte DATE = 8;
    private static final byte DATETIME = 9;
    private static final byte TIME = 10;
    private static final byte JSON = 11;

    private RowCodec() {
    }

    public static byte[] encode(Object[] row) {
        Writer w = new Writer(16 + row.length * 4);
        w.varint(row.length);
        for (Object value : row) {
            writeValue(w, value);
        }
        return w.toByteArray();
    }

    public static Object[] decode(byte[] bytes) {
        Reader r = new Reader(bytes);
        int n = (int) r.varint();
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
            row[i] = readValue(r);
        }
        return row;
    }

    /** One value on its own (used by the catalog for column defaults). */
    public static byte[] encodeValue(Object value) {
        Writer w = new Writer(16);
        writeValue(w, value);
        return w.toByteArray();
    }

    public static Object decodeValue(byte[] bytes) {
        return readValue(new Reader(bytes));
    }

    private static void writeValue(Writer w, Object value) {
        switch (value) {
            case null -> w.write(NULL);
            case Long l -> {
                w.write(LONG);
                w.zigzag(l);
            }
            case Integer i -> {
                w.write(LONG);
                w.zigzag(i);
            }
            case BigInteger b -> {
                w.write(BIG_INTEGER);
                w.bytes(b.toByteArray());
            }
            case BigDecimal d -> {
                w.write(DECIMAL);
                w.zigzag(d.scale());
                w.bytes(d.unscaledValue().toByteArray());
            }
            case Double d -> {
                w.write(DOUBLE);
                w.fixed64(Double.doubleToRawLongBits(d));
            }
            case String s -> {
                w.write(STRING);
                w.bytes(s.getBytes(StandardCharsets.UTF_8));
            }
            case byte[] b -> {
                w.write(BYTES);
                w.bytes(b);
            }
            case BitValue b -> {
                w.write(BIT);
                w.varint(b.width());
                w.fixed64(b.bits());
            }
            case SqlDate d -> {
                w.write(DATE);
                w.varint(d.packed());
            }
            case SqlDateTime t -> {
                w.write(DATETIME);
                w.varint(t.year());
                w.varint(t.month() << 5 | t.day());
                w.varint((t.hour() * 60L + t.minute()) * 60 + t.second());
                w.varint(t.micros());
            }
            case SqlTime t -> {
                w.write(TIME);
                w.zigzag(t.toMicros());
            }
            case JsonValue j -> {
                w.write(JSON);
                writeJson(w, j);
            }
            default -> throw new IllegalArgumentException("no row encoding for " + value.getClass().getName());
        }
    }

    /** JSON as a tree of kind bytes, so that a stored document reads back without re-parsing text. */
    private static void writeJson(Writer w, JsonValue j) {
        switch (j) {
            case JsonValue.JsonNull n -> w.write((byte) 0);
            case JsonValue.JsonBoolean b -> w.write((byte) (b.value() ? 1 : 2));
            case JsonValue.JsonString str -> {
                w.write((byte) 3);
                w.string(str.value());
            }
            case JsonValue.JsonNumber num -> {
                w.write((byte) 4);
                writeValue(w, num.value());
            }
            case JsonValue.JsonArray a -> {
                w.write((byte) 5);
                w.varint(a.elements().size());
                for (JsonValue e : a.elements()) writeJson(w, e);
            }
            case JsonValue.JsonObject o -> {
                w.write((byte) 6);
                w.varint(o.members().size());
                for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                    w.string(e.getKey());
                    writeJson(w, e.getValue());
                }
            }
            default -> writeJsonOther(w, j);
        }
    }

    /** Any JSON kind added to the type package later (temporals in JSON, opaque values) is kept as its text. */
    private static void writeJsonOther(Writer w, JsonValue j) {
        w.write((byte) 3);
        w.string(j.toString());
    }

    private static JsonValue readJson(Reader r) {
        byte kind = r.read();
        return switch (kind) {
            case 0 -> JsonValue.NULL;
            case 1 -> JsonValue.TRUE;
            case 2 -> JsonValue.FALSE;
            case 3 -> new JsonValue.JsonString(r.string());
            case 4 -> new JsonValue.JsonNumber((Number) readValue(r));
            case 5 -> {
                int n = (int) r.varint();
                List<JsonValue> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) items.add(readJson(r));
                yield new JsonValue.JsonArray(items);
            }
            case 6 -> {
                int n = (int) r.varint();
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) members.put(r.string(), readJson(r));
                yield new JsonValue.JsonObject(members);
            }
            default -> throw new IllegalStateException("corrupt row: JSON kind " + kind);
        };
    }

    private static Object readValue(Reader r) {
        byte tag = r.read();
        return switch (tag) {
            case NULL -> null;
            case LONG -> r.zigzag();
            case BIG_INTEGER -> new BigInteger(r.bytes());
            case DECIMAL -> {
                int scale = (int) r.zigzag();
                yield new BigDecimal(new BigInteger(r.bytes()), scale);
            }
            case DOUBLE -> Double.longBitsToDouble(r.fixed64());
            case STRING -> new String(r.bytes(), StandardCharsets.UTF_8);
            case BYTES -> r.bytes();
            case BIT -> {
                int width = (int) r.varint();
                yield new BitValue(r.fixed64(), width);
            }
            case DATE -> {
                long p = r.varint();
                yield new SqlDate((int) (p / 32 / 13), (int) (p / 32 % 13), (int) (p % 32));
            }
            case DATETIME -> {
                int year = (int) r.varint();
                int md = (int) r.varint();
                long secs = r.varint();
                int micros = (int) r.varint();
                yield new SqlDateTime(year, md >>> 5, md & 31, (int) (secs / 3600), (int) (secs / 60 % 60),
                        (int) (secs % 60), micros);
            }
            case TIME -> SqlTime.ofMicros(r.zigzag());
            case JSON -> readJson(r);
            default -> throw new IllegalStateException("corrupt row: tag " + tag);
        };
    }

    /** A growable byte buffer with varint helpers. */
    public static final class Writer {
        private byte[] buf;
        private int len;

        public Writer(int capacity) {
            buf = new byte[capacity];
        }

        public void write(byte b) {
            ensure(1);
            buf[len++] = b;
        }

        public void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[len++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        public void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        public void fixed64(long v) {
            ensure(8);
            for (int s = 56; s >= 0; s -= 8) buf[len++] = (byte) (v >>> s);
        }

        public void string(String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        public void bool(boolean b) {
            write((byte) (b ? 1 : 0));
        }

        public void value(Object v) {
            writeValue(this, v);
        }

        public void bytes(byte[] b) {
            varint(b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        public byte[] toByteArray() {
            return Arrays.copyOf(buf, len);
        }

        private void ensure(int n) {
            if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    /** Reads what {@link Writer} wrote. */
    public static final class Reader {
        private final byte[] buf;
        private int pos;

        public Reader(byte[] buf) {
            this.buf = buf;
        }

        public boolean hasRemaining() {
            return pos < buf.length;
        }

        public byte read() {
            return buf[pos++];
        }

        public long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) return v;
                shift += 7;
            }
        }

        public long zigzag() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        public long fixed64() {
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (buf[pos++] & 0xFF);
            return v;
        }

        public byte[] bytes() {
            int n = (int) varint();
            byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return b;
        }

        public boolean bool() {
            return read() != 0;
        }

        public Object value() {
            return readValue(this);
        }

        public String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }
    }
}
