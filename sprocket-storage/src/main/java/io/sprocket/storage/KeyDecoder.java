package io.sprocket.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads back the fields written by {@link KeyEncoder}, in the same order and with the same (ascending or
 * descending) variants. The key does not describe itself: the caller knows the layout.
 */
public final class KeyDecoder {
    private final byte[] key;
    private int position;

    public KeyDecoder(byte[] key) {
        this(key, 0);
    }

    public KeyDecoder(byte[] key, int offset) {
        this.key = Objects.requireNonNull(key, "key");
        Objects.checkIndex(offset, key.length + 1);
        this.position = offset;
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return key.length - position;
    }

    public boolean hasRemaining() {
        return position < key.length;
    }

    public KeyDecoder skip(int bytes) {
        need(bytes);
        position += bytes;
        return this;
    }

    /** Reads a null marker; true if the column is NULL (and then no value follows). */
    public boolean readNullMarker() {
        return marker(readByte());
    }

    public boolean readNullMarkerDescending() {
        return marker((byte) ~readByte());
    }

    public long readLong() {
        return readUnsignedLong() ^ Long.MIN_VALUE;
    }

    public long readLongDescending() {
        return ~readUnsignedLong() ^ Long.MIN_VALUE;
    }

    public long readUnsignedLong() {
        need(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (key[position++] & 0xFF);
        }
        return value;
    }

    public long readUnsignedLongDescending() {
        return ~readUnsignedLong();
    }

    public int readInt() {
        return readUnsignedInt() ^ Integer.MIN_VALUE;
    }

    public int readIntDescending() {
        return ~readUnsignedInt() ^ Integer.MIN_VALUE;
    }

    public int readUnsignedInt() {
        need(4);
        int value = ((key[position] & 0xFF) << 24) | ((key[position + 1] & 0xFF) << 16)
                | ((key[position + 2] & 0xFF) << 8) | (key[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    public double readDouble() {
        return fromSortableBits(readUnsignedLong());
    }

    public double readDoubleDescending() {
        return fromSortableBits(~readUnsignedLong());
    }

    public byte[] readBytes() {
        return readEscaped(false);
    }

    public byte[] readBytesDescending() {
        return readEscaped(true);
    }

    public String readUtf8() {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    /** The bytes from the current position to the end, e.g. a primary key suffix stored raw. */
    public byte[] readRemaining() {
        byte[] rest = Arrays.copyOfRange(key, position, key.length);
        position = key.length;
        return rest;
    }

    private static double fromSortableBits(long sortable) {
        long bits = sortable < 0 ? sortable ^ Long.MIN_VALUE : ~sortable;
        return Double.longBitsToDouble(bits);
    }

    private byte[] readEscaped(boolean descending) {
        int mask = descending ? 0xFF : 0x00;
        byte[] out = new byte[16];
        int count = 0;
        while (true) {
            need(1);
            byte b = (byte) (key[position++] ^ mask);
            if (b == KeyEncoder.ESCAPE) {
                need(1);
                byte next = (byte) (key[position++] ^ mask);
                if (next == KeyEncoder.TERMINATOR) {
                    return Arrays.copyOf(out, count);
                }
                if (next != KeyEncoder.ESCAPED_ZERO) {
                    throw new IllegalArgumentException("malformed byte string in key at " + (position - 1));
                }
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[count++] = b;
        }
    }

    private static boolean marker(byte b) {
        return switch (b) {
            case KeyEncoder.NULL_MARKER -> true;
            case KeyEncoder.NOT_NULL_MARKER -> false;
            default -> throw new IllegalArgumentException("not a null marker: " + (b & 0xFF));
        };
    }

    private byte readByte() {
        need(1);
        return key[position++];
    }

    private void need(int bytes) {
        if (key.length - position < bytes) {
            throw new IllegalArgumentException(
                    "key too short: need " + bytes + " bytes at " + position + ", have " + (key.length - position));
        }
    }
}
