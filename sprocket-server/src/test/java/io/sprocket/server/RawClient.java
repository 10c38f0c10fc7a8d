package io.sprocket.server;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A minimal hand-rolled MySQL client for packets no driver would send. */
final class RawClient implements AutoCloseable {
    static final int CAPS = 1 | 512 | 0x8000 | (1 << 16) | (1 << 17) | (1 << 19) | (1 << 21) | (1 << 24);

    final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    int seq;
    byte[] greeting;

    RawClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    static RawClient authenticated(int port) throws IOException {
        RawClient c = new RawClient(port);
        c.greeting = c.read();
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        int caps = CAPS;
        p.write(new byte[] {(byte) caps, (byte) (caps >> 8), (byte) (caps >> 16), (byte) (caps >> 24)}, 0, 4);
        p.write(new byte[] {0, 0, 0, 1, (byte) 255}, 0, 5); // max packet 16M, collation 255
        p.write(new byte[23], 0, 23);
        p.writeBytes("root\0".getBytes(StandardCharsets.US_ASCII));
        p.write(0); // empty auth response (lenenc)
        p.writeBytes("caching_sha2_password\0".getBytes(StandardCharsets.US_ASCII));
        c.write(p.toByteArray());
        byte[] ok = c.read();
        if (ok[0] != 0) throw new IOException("login failed: " + Arrays.toString(ok));
        return c;
    }

    void write(byte[] payload) throws IOException {
        byte[] header = {(byte) payload.length, (byte) (payload.length >> 8), (byte) (payload.length >> 16),
                (byte) seq++};
        out.write(header);
        out.write(payload);
        out.flush();
    }

    /** Sends a command (sequence restarts at 0) and returns the first response packet. */
    byte[] command(int command, byte[] body) throws IOException {
        seq = 0;
        byte[] payload = new byte[body.length + 1];
        payload[0] = (byte) command;
        System.arraycopy(body, 0, payload, 1, body.length);
        write(payload);
        return read();
    }

    byte[] read() throws IOException {
        int b0 = in.read();
        if (b0 < 0) throw new EOFException();
        int length = b0 | in.readUnsignedByte() << 8 | in.readUnsignedByte() << 16;
        seq = in.readUnsignedByte() + 1;
        byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
    }

    /** True when the server closed the connection (EOF or reset) without sending more. */
    boolean closedByServer() {
        try {
            return in.read() < 0;
        } catch (IOException e) {
            return true;
        }
    }

    static int errno(byte[] packet) {
        if ((packet[0] & 0xff) != 0xff) return 0;
        return (packet[1] & 0xff) | (packet[2] & 0xff) << 8;
    }

    static String errorMessage(byte[] packet) {
        return new String(packet, 9, packet.length - 9, StandardCharsets.UTF_8);
    }

    static String sqlState(byte[] packet) {
        return new String(packet, 4, 5, StandardCharsets.US_ASCII);
    }

    static byte[] int4(long v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
