package io.sprocket.server.protocol;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * MySQL packet framing over a byte stream: 3-byte length + 1-byte sequence id, payloads of 16 MB and more split
 * into 0xFFFFFF-byte packets (plus an empty one when the size is an exact multiple) and joined again on read.
 * Output is buffered and only flushed when a command's response is complete.
 */
public final class PacketChannel {
    public static final int MAX_PACKET = 0xFFFFFF;
    private static final int BUFFER = 64 * 1024;

    private InputStream in;
    private OutputStream out;
    private int sequence;
    private long maxAllowedPacket;
    private final PayloadWriter writer = new PayloadWriter();
    private final byte[] header = new byte[4];

    public PacketChannel(InputStream in, OutputStream out, long maxAllowedPacket) {
        replaceStreams(in, out);
        this.maxAllowedPacket = maxAllowedPacket;
    }

    /** After the TLS upgrade the same framing continues over the encrypted streams (sequence ids continue). */
    public void replaceStreams(InputStream in, OutputStream out) {
        this.in = new BufferedInputStream(Objects.requireNonNull(in), BUFFER);
        this.out = new BufferedOutputStream(Objects.requireNonNull(out), BUFFER);
    }

    public void resetSequence() { sequence = 0; }
    public int sequence() { return sequence; }

    /**
     * Reads one logical payload. Returns null when the peer closed the connection cleanly between packets.
     *
     * @throws ProtocolException out-of-order sequence id, or a payload over max_allowed_packet
     * @throws EOFException      the connection ended inside a packet
     */
    public byte[] read() throws IOException, ProtocolException {
        byte[] payload = null;
        int total = 0;
        while (true) {
            int first = in.read();
            if (first < 0) {
                if (payload == null) return null;
                throw new EOFException("connection closed inside a packet");
            }
            if (in.readNBytes(header, 1, 3) != 3) throw new EOFException("connection closed inside a packet header");
            int length = first | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
            int seq = header[3] & 0xff;
            if (seq != (sequence & 0xff)) throw new ProtocolException(ProtocolErrors.packetsOutOfOrder());
            sequence++;
            if ((long) total + length > maxAllowedPacket) throw new ProtocolException(ProtocolErrors.packetTooLarge());
            if (payload == null) {
                payload = new byte[length];
            } else {
                payload = java.util.Arrays.copyOf(payload, total + length);
            }
            if (in.readNBytes(payload, total, length) != length) throw new EOFException("truncated packet");
            total += length;
            if (length < MAX_PACKET) return payload;
        }
    }

    /** The shared payload buffer, reset for a new packet. */
    public PayloadWriter start() {
        return writer.reset();
    }

    /** Frames and buffers the payload built in {@link #start()}'s writer. */
    public void send(PayloadWriter payload) throws IOException {
        byte[] buffer = payload.buffer();
        int length = payload.length();
        if (length < MAX_PACKET) {
            writeHeader(buffer, 0, length);
            out.write(buffer, 0, length + PayloadWriter.HEADER);
            return;
        }
        int offset = PayloadWriter.HEADER;
        int remaining = length;
        while (true) {
            int chunk = Math.min(remaining, MAX_PACKET);
            writeHeader(header, 0, chunk);
            out.write(header, 0, 4);
            out.write(buffer, offset, chunk);
            offset += chunk;
            remaining -= chunk;
            if (chunk < MAX_PACKET) return;
        }
    }

    public void flush() throws IOException {
        out.flush();
    }

    private void writeHeader(byte[] target, int at, int length) {
        target[at] = (byte) length;
        target[at + 1] = (byte) (length >>> 8);
        target[at + 2] = (byte) (length >>> 16);
        target[at + 3] = (byte) sequence++;
    }

    /** Bytes already read from the socket but not consumed (a TLS ClientHello sent right after SSLRequest). */
    public byte[] takeBuffered() throws IOException {
        return in.readNBytes(in.available());
    }

    public void setMaxAllowedPacket(long maxAllowedPacket) {
        this.maxAllowedPacket = maxAllowedPacket;
    }
}
