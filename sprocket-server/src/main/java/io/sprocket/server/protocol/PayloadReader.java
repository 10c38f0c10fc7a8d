package io.sprocket.server.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** Reads the fields of one packet payload; running past its end is a malformed packet. */
public final class PayloadReader {
    private final byte[] data;
    private int position;

    public PayloadReader(byte[] data) {
        this.data = Objects.requireNonNull(data);
    }

    public PayloadReader(byte[] data, int position) {
        this(data);
        this.position = position;
    }

    public int position() { return position; }
    public int remaining() { return data.length - position; }
    public boolean hasRemaining() { return position < data.length; }

    public void skip(int count) throws ProtocolException {
        need(count);
        position += count;
    }

    public int int1() throws ProtocolException {
        need(1);
        return data[position++] & 0xff;
    }

    public int int2() throws ProtocolException {
        need(2);
        int v = (data[position] & 0xff) | (data[position + 1] & 0xff) << 8;
        position += 2;
        return v;
    }

    public int int3() throws ProtocolException {
        need(3);
        int v = (data[position] & 0xff) | (data[position + 1] & 0xff) << 8 | (data[position + 2] & 0xff) << 16;
        position += 3;
        return v;
    }

    public long int4() throws ProtocolException {
        need(4);
        long v = (data[position] & 0xffL) | (data[position + 1] & 0xffL) << 8 | (data[position + 2] & 0xffL) << 16
                | (data[position + 3] & 0xffL) << 24;
        position += 4;
        return v;
    }

    public long int8() throws ProtocolException {
        need(8);
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (data[position + i] & 0xffL);
        position += 8;
        return v;
    }

    /** A length-encoded integer; 0xFB (NULL) is returned as -1. */
    public long lenenc() throws ProtocolException {
        int first = int1();
        return switch (first) {
            case 0xfb -> -1;
            case 0xfc -> int2();
            case 0xfd -> int3();
            case 0xfe -> int8();
            case 0xff -> throw new ProtocolException(ProtocolErrors.malformedPacket());
            default -> first;
        };
    }

    public byte[] lenencBytes() throws ProtocolException {
        long length = lenenc();
        if (length < 0 || length > remaining()) throw new ProtocolException(ProtocolErrors.malformedPacket());
        return bytes((int) length);
    }

    public byte[] bytes(int count) throws ProtocolException {
        need(count);
        byte[] out = Arrays.copyOfRange(data, position, position + count);
        position += count;
        return out;
    }

    /** A NUL-terminated string; a missing terminator takes the rest of the packet (as MySQL tolerates). */
    public String nulString() {
        int end = position;
        while (end < data.length && data[end] != 0) end++;
        String s = new String(data, position, end - position, StandardCharsets.UTF_8);
        position = Math.min(end + 1, data.length);
        return s;
    }

    public byte[] nulBytes() {
        int end = position;
        while (end < data.length && data[end] != 0) end++;
        byte[] out = Arrays.copyOfRange(data, position, end);
        position = Math.min(end + 1, data.length);
        return out;
    }

    public byte[] rest() {
        byte[] out = Arrays.copyOfRange(data, position, data.length);
        position = data.length;
        return out;
    }

    public String restString() {
        String s = new String(data, position, data.length - position, StandardCharsets.UTF_8);
        position = data.length;
        return s;
    }

    private void need(int count) throws ProtocolException {
        if (count < 0 || position + count > data.length) throw new ProtocolException(ProtocolErrors.malformedPacket());
    }
}
