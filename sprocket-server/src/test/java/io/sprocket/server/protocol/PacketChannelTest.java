package io.sprocket.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PacketChannelTest {
    private static byte[] frame(int max, byte[] payload) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PacketChannel channel = new PacketChannel(new ByteArrayInputStream(new byte[0]), out, max);
        channel.send(channel.start().bytes(payload));
        channel.flush();
        return out.toByteArray();
    }

    private static byte[] unframe(byte[] wire, long max) throws Exception {
        return new PacketChannel(new ByteArrayInputStream(wire), new ByteArrayOutputStream(), max).read();
    }

    @Test
    void smallPayloadIsOnePacket() throws Exception {
        byte[] wire = frame(1 << 30, new byte[] {7, 8, 9});
        assertThat(wire).containsExactly(3, 0, 0, 0, 7, 8, 9);
        assertThat(unframe(wire, 100)).containsExactly(7, 8, 9);
    }

    @Test
    void exactMultipleOf16MbEndsWithAnEmptyPacket() throws Exception {
        byte[] payload = new byte[PacketChannel.MAX_PACKET];
        payload[PacketChannel.MAX_PACKET - 1] = 42;
        byte[] wire = frame(1 << 30, payload);
        assertThat(wire.length).isEqualTo(PacketChannel.MAX_PACKET + 8);
        assertThat(Arrays.copyOfRange(wire, 0, 4)).containsExactly(0xff, 0xff, 0xff, 0);
        assertThat(Arrays.copyOfRange(wire, wire.length - 4, wire.length)).containsExactly(0, 0, 0, 1);
        byte[] back = unframe(wire, 1 << 30);
        assertThat(back).hasSize(PacketChannel.MAX_PACKET);
        assertThat(back[PacketChannel.MAX_PACKET - 1]).isEqualTo((byte) 42);
    }

    @Test
    void payloadOver16MbIsSplitAndJoined() throws Exception {
        byte[] payload = new byte[PacketChannel.MAX_PACKET + 5];
        payload[payload.length - 1] = 1;
        byte[] wire = frame(1 << 30, payload);
        assertThat(wire.length).isEqualTo(payload.length + 8);
        assertThat(wire[PacketChannel.MAX_PACKET + 4 + 3]).isEqualTo((byte) 1); // second packet's sequence id
        assertThat(unframe(wire, 1 << 30)).isEqualTo(payload);
    }

    @Test
    void limitsAndBrokenInput() {
        assertThatThrownBy(() -> unframe(new byte[] {10, 0, 0, 0, 1, 2}, 100)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> unframe(new byte[] {10, 0, 0, 3}, 100))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.error().errno()).isEqualTo(1156));
        assertThatThrownBy(() -> unframe(new byte[] {101, 0, 0, 0}, 100))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.error().errno()).isEqualTo(1153));
    }

    @Test
    void lengthEncodedIntegers() throws Exception {
        PayloadWriter w = new PayloadWriter().reset();
        w.lenenc(250).lenenc(251).lenenc(65536).lenenc(1L << 24).lenenc(-1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PacketChannel channel = new PacketChannel(new ByteArrayInputStream(new byte[0]), out, 1 << 20);
        channel.send(w);
        channel.flush();
        PayloadReader r = new PayloadReader(Arrays.copyOfRange(out.toByteArray(), 4, out.size()));
        assertThat(r.lenenc()).isEqualTo(250);
        assertThat(r.lenenc()).isEqualTo(251);
        assertThat(r.lenenc()).isEqualTo(65536);
        assertThat(r.lenenc()).isEqualTo(1L << 24);
        assertThat(r.int1()).isEqualTo(0xfe);
        assertThat(r.int8()).isEqualTo(-1);
        assertThat(r.hasRemaining()).isFalse();
    }
}
