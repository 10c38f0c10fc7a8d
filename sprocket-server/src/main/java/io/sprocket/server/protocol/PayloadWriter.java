package io.sprocket.server.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds one packet payload in a reusable buffer that keeps 4 bytes in front for the packet header, so a
 * payload under 16 MB goes to the socket buffer with a single copy.
 */
public final class PayloadWriter {
    static final int HEADER = 4;
    private static final int INITIAL = 16 * 1024;
    private static final int RETAIN = 1024 * 1024;

    private byte[] buffer = new byte[INITIAL];
    private int position = HEADER;

    /** Starts a new payload; drops a buffer grown by a huge row so idle connections stay small. */
    public PayloadWriter reset() {
        if (buffer.length > RETAIN) buffer = new byte[INITIAL];
        position = HEADER;
        return this;
    }

    public int length() { return position - HEADER; }
    byte[] buffer() { return buffer; }

    public PayloadWriter int1(int v) {
        ensure(1);
        buffer[position++] = (byte) v;
        return this;
    }

    public PayloadWriter int2(int v) {
        ensure(2);
        buffer[position++] = (byte) v;
        buffer[position++] = (byte) (v >>> 8);
        return this;
    }

    public PayloadWriter int3(int v) {
        ensure(3);
        buffer[position++] = (byte) v;
        buffer[position++] = (byte) (v >>> 8);
        buffer[position++] = (byte) (v >>> 16);
        return this;
    }

    public PayloadWriter int4(long v) {
        ensure(4);
        for (int i = 0; i < 4; i++) buffer[position++] = (byte) (v >>> (8 * i));
        return this;
    }

    public PayloadWriter int8(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) buffer[position++] = (byte) (v >>> (8 * i));
        return this;
    }

    /** Length-encoded integer (the value is treated as unsigned). */
    public PayloadWriter lenenc(long v) {
        if (v >= 0 && v < 251) return int1((int) v);
        if (v >= 0 && v < (1 << 16)) return int1(0xfc).int2((int) v);
        if (v >= 0 && v < (1 << 24)) return int1(0xfd).int3((int) v);
        return int1(0xfe).int8(v);
    }

    public PayloadWriter lenencBytes(byte[] bytes) {
        lenenc(bytes.length);
        return bytes(bytes);
    }

    public PayloadWriter lenencString(String s) {
        return lenencBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public PayloadWriter nulString(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8)).int1(0);
    }

    public PayloadWriter bytes(byte[] bytes) {
        return bytes(bytes, 0, bytes.length);
    }

    public PayloadWriter bytes(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, position, length);
        position += length;
        return this;
    }

    public PayloadWriter zeros(int count) {
        ensure(count);
        Arrays.fill(buffer, position, position + count, (byte) 0);
        position += count;
        return this;
    }

    /** Reserves {@code count} zero bytes and returns their offset (for a NULL bitmap filled in later). */
    public int reserve(int count) {
        int at = position;
        zeros(count);
        return at;
    }

    public void setBit(int offset, int bit) {
        buffer[offset + (bit >> 3)] |= (byte) (1 << (bit & 7));
    }

    private void ensure(int more) {
        if (position + more > buffer.length) {
            long wanted = Math.max((long) buffer.length * 2, (long) position + more);
            if (wanted > Integer.MAX_VALUE - 16) wanted = (long) position + more;
            if (wanted > Integer.MAX_VALUE - 16) throw new IllegalStateException("packet payload over 2 GB");
            buffer = Arrays.copyOf(buffer, (int) wanted);
        }
    }
}
