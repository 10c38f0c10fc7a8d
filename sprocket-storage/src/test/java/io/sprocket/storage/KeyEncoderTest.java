package io.sprocket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The exact byte layouts, which other implementations (Ignite) and stored data depend on. */
class KeyEncoderTest {
    @Test
    void layouts() {
        assertThat(new KeyEncoder().writeLong(0).toByteArray()).containsExactly(0x80, 0, 0, 0, 0, 0, 0, 0);
        assertThat(new KeyEncoder().writeLong(-1).toByteArray())
                .containsExactly(0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);
        assertThat(new KeyEncoder().writeInt(1).toByteArray()).containsExactly(0x80, 0, 0, 1);
        assertThat(new KeyEncoder().writeUnsignedInt(258).toByteArray()).containsExactly(0, 0, 1, 2);
        assertThat(new KeyEncoder().writeBytes(new byte[] {'a', 0, 'b'}).toByteArray())
                .containsExactly('a', 0x00, 0xFF, 'b', 0x00, 0x01);
        assertThat(new KeyEncoder().writeBytes(new byte[0]).toByteArray()).containsExactly(0x00, 0x01);
        assertThat(new KeyEncoder().writeBytesDescending(new byte[] {0x00}).toByteArray())
                .containsExactly(0xFF, 0x00, 0xFF, 0xFE);
        assertThat(new KeyEncoder().writeNull().writeNotNull().toByteArray()).containsExactly(0x00, 0x01);
        assertThat(new KeyEncoder().writeDouble(-0.0).toByteArray()).isEqualTo(new KeyEncoder().writeDouble(0.0).toByteArray());
        assertThat(new KeyEncoder().writeUtf8("é").toByteArray()).containsExactly(0xC3, 0xA9, 0x00, 0x01);
    }

    @Test
    void prefixEnd() {
        assertThat(KeyEncoder.prefixEnd(new byte[] {1, 2})).containsExactly(1, 3);
        assertThat(KeyEncoder.prefixEnd(new byte[] {1, (byte) 0xFF})).containsExactly(2);
        assertThat(KeyEncoder.prefixEnd(new byte[] {(byte) 0xFF, (byte) 0xFF})).isNull();
        assertThat(KeyEncoder.prefixEnd(new byte[0])).isNull();
    }

    @Test
    void truncateReusesAPrefix() {
        KeyEncoder encoder = new KeyEncoder().writeUnsignedInt(1);
        int mark = encoder.length();
        byte[] first = encoder.writeLong(5).toByteArray();
        byte[] second = encoder.truncate(mark).writeLong(6).toByteArray();
        assertThat(KeyEncoder.compare(first, second)).isNegative();
        assertThat(KeyEncoder.startingWith(first).length()).isEqualTo(first.length);
    }

    @Test
    void malformedKeysAreRejected() {
        assertThatThrownBy(() -> new KeyDecoder(new byte[] {1, 2}).readLong()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyDecoder(new byte[] {'a', 0x00, 0x05}).readBytes())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyDecoder(new byte[] {'a'}).readBytes()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyDecoder(new byte[] {7}).readNullMarker()).isInstanceOf(IllegalArgumentException.class);
    }
}
