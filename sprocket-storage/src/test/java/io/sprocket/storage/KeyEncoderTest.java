package io.sprocket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
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

    /** Every pair of a curated set of edge values, so order is checked even without the property tests. */
    @Test
    void edgeValuesKeepTheirOrderPairwise() {
        long[] longs = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -256, -255, -1, 0, 1, 255, 256, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        double[] doubles = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1.5, -Double.MIN_VALUE, 0.0,
                Double.MIN_VALUE, 1.0, 1.5, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        byte[][] strings = {{}, {0}, {0, 0}, {0, 1}, {0, (byte) 0xFF}, {1}, {1, 0}, {'a'}, {'a', 0}, {'a', 0, 0},
                {'a', 1}, {'a', 'b'}, {(byte) 0xFE}, {(byte) 0xFF}, {(byte) 0xFF, 0}, {(byte) 0xFF, (byte) 0xFF}};
        checkPairs(longs.length, (i, j) -> assertOrder(Long.compare(longs[i], longs[j]),
                new KeyEncoder().writeLong(longs[i]), new KeyEncoder().writeLong(longs[j]),
                new KeyEncoder().writeLongDescending(longs[i]), new KeyEncoder().writeLongDescending(longs[j])));
        checkPairs(longs.length, (i, j) -> assertOrder(Long.compareUnsigned(longs[i], longs[j]),
                new KeyEncoder().writeUnsignedLong(longs[i]), new KeyEncoder().writeUnsignedLong(longs[j]),
                new KeyEncoder().writeUnsignedLongDescending(longs[i]),
                new KeyEncoder().writeUnsignedLongDescending(longs[j])));
        checkPairs(longs.length, (i, j) -> assertOrder(Integer.compare((int) longs[i], (int) longs[j]),
                new KeyEncoder().writeInt((int) longs[i]), new KeyEncoder().writeInt((int) longs[j]),
                new KeyEncoder().writeIntDescending((int) longs[i]), new KeyEncoder().writeIntDescending((int) longs[j])));
        checkPairs(doubles.length, (i, j) -> assertOrder(Double.compare(doubles[i], doubles[j]),
                new KeyEncoder().writeDouble(doubles[i]), new KeyEncoder().writeDouble(doubles[j]),
                new KeyEncoder().writeDoubleDescending(doubles[i]), new KeyEncoder().writeDoubleDescending(doubles[j])));
        checkPairs(strings.length, (i, j) -> assertOrder(Arrays.compareUnsigned(strings[i], strings[j]),
                new KeyEncoder().writeBytes(strings[i]).writeLong(1), new KeyEncoder().writeBytes(strings[j]).writeLong(0),
                new KeyEncoder().writeBytesDescending(strings[i]).writeLong(0),
                new KeyEncoder().writeBytesDescending(strings[j]).writeLong(1)));
    }

    private static void checkPairs(int count, BiConsumer<Integer, Integer> check) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < count; j++) {
                try {
                    check.accept(i, j);
                } catch (AssertionError e) {
                    failures.add(i + "," + j + ": " + e.getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Ascending keys compare like the values; descending ones the other way; equal values tie-break on the suffix. */
    private static void assertOrder(int expected, KeyEncoder a, KeyEncoder b, KeyEncoder aDesc, KeyEncoder bDesc) {
        int ascending = Integer.signum(KeyEncoder.compare(a.toByteArray(), b.toByteArray()));
        int descending = Integer.signum(KeyEncoder.compare(aDesc.toByteArray(), bDesc.toByteArray()));
        if (expected == 0) {
            return;
        }
        assertThat(ascending).isEqualTo(Integer.signum(expected));
        assertThat(descending).isEqualTo(-Integer.signum(expected));
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
