package io.sprocket.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Unsigned bytewise order of encoded keys must equal the logical order of the values, field by field. */
class KeyEncodingPropertiesTest {

    private static int sign(int comparison) {
        return Integer.signum(comparison);
    }

    private static int memcmp(KeyEncoder a, KeyEncoder b) {
        return sign(KeyEncoder.compare(a.toByteArray(), b.toByteArray()));
    }

    @Provide
    Arbitrary<Long> longs() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-300, 300),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L));
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(Arbitraries.doubles(),
                Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0, 1e-300, -1e-300));
    }

    @Provide
    Arbitrary<byte[]> byteStrings() {
        // Small alphabet around the escape byte so prefixes, zeros and 0xFF collide often.
        return Arbitraries.bytes()
                .list().ofMaxSize(8)
                .map(list -> {
                    byte[] out = new byte[list.size()];
                    for (int i = 0; i < out.length; i++) {
                        byte value = list.get(i);
                        out[i] = switch (Math.floorMod(value, 5)) {
                            case 0 -> 0x00;
                            case 1 -> 0x01;
                            case 2 -> (byte) 0xFF;
                            case 3 -> (byte) 0xFE;
                            default -> value;
                        };
                    }
                    return out;
                });
    }

    @Property
    void signedLongOrder(@ForAll("longs") long a, @ForAll("longs") long b) {
        assertThat(memcmp(new KeyEncoder().writeLong(a), new KeyEncoder().writeLong(b))).isEqualTo(sign(Long.compare(a, b)));
        assertThat(memcmp(new KeyEncoder().writeLongDescending(a), new KeyEncoder().writeLongDescending(b)))
                .isEqualTo(-sign(Long.compare(a, b)));
        assertThat(new KeyDecoder(new KeyEncoder().writeLong(a).toByteArray()).readLong()).isEqualTo(a);
        assertThat(new KeyDecoder(new KeyEncoder().writeLongDescending(a).toByteArray()).readLongDescending()).isEqualTo(a);
    }

    @Property
    void unsignedLongOrder(@ForAll("longs") long a, @ForAll("longs") long b) {
        assertThat(memcmp(new KeyEncoder().writeUnsignedLong(a), new KeyEncoder().writeUnsignedLong(b)))
                .isEqualTo(sign(Long.compareUnsigned(a, b)));
        assertThat(memcmp(new KeyEncoder().writeUnsignedLongDescending(a), new KeyEncoder().writeUnsignedLongDescending(b)))
                .isEqualTo(-sign(Long.compareUnsigned(a, b)));
        assertThat(new KeyDecoder(new KeyEncoder().writeUnsignedLong(a).toByteArray()).readUnsignedLong()).isEqualTo(a);
        assertThat(new KeyDecoder(new KeyEncoder().writeUnsignedLongDescending(a).toByteArray())
                .readUnsignedLongDescending()).isEqualTo(a);
    }

    @Property
    void intOrder(@ForAll int a, @ForAll int b) {
        assertThat(memcmp(new KeyEncoder().writeInt(a), new KeyEncoder().writeInt(b))).isEqualTo(sign(Integer.compare(a, b)));
        assertThat(memcmp(new KeyEncoder().writeIntDescending(a), new KeyEncoder().writeIntDescending(b)))
                .isEqualTo(-sign(Integer.compare(a, b)));
        assertThat(memcmp(new KeyEncoder().writeUnsignedInt(a), new KeyEncoder().writeUnsignedInt(b)))
                .isEqualTo(sign(Integer.compareUnsigned(a, b)));
        assertThat(new KeyDecoder(new KeyEncoder().writeInt(a).toByteArray()).readInt()).isEqualTo(a);
        assertThat(new KeyDecoder(new KeyEncoder().writeIntDescending(a).toByteArray()).readIntDescending()).isEqualTo(a);
        assertThat(new KeyDecoder(new KeyEncoder().writeUnsignedInt(a).toByteArray()).readUnsignedInt()).isEqualTo(a);
    }

    @Property
    void doubleOrder(@ForAll("doubles") double a, @ForAll("doubles") double b) {
        // SQL order: -0.0 equals 0.0 (Double.compare would put -0.0 first).
        int expected = a == b ? 0 : sign(Double.compare(a, b));
        assertThat(memcmp(new KeyEncoder().writeDouble(a), new KeyEncoder().writeDouble(b))).isEqualTo(expected);
        assertThat(memcmp(new KeyEncoder().writeDoubleDescending(a), new KeyEncoder().writeDoubleDescending(b)))
                .isEqualTo(-expected);
        double expectedBack = a == 0.0 ? 0.0 : a;
        assertThat(new KeyDecoder(new KeyEncoder().writeDouble(a).toByteArray()).readDouble()).isEqualTo(expectedBack);
        assertThat(new KeyDecoder(new KeyEncoder().writeDoubleDescending(a).toByteArray()).readDoubleDescending())
                .isEqualTo(expectedBack);
    }

    @Property
    void byteStringOrderIncludingPrefixesAndZeros(@ForAll("byteStrings") byte[] a, @ForAll("byteStrings") byte[] b) {
        int expected = sign(Arrays.compareUnsigned(a, b));
        assertThat(memcmp(new KeyEncoder().writeBytes(a), new KeyEncoder().writeBytes(b))).isEqualTo(expected);
        assertThat(memcmp(new KeyEncoder().writeBytesDescending(a), new KeyEncoder().writeBytesDescending(b)))
                .isEqualTo(-expected);
        assertThat(new KeyDecoder(new KeyEncoder().writeBytes(a).toByteArray()).readBytes()).isEqualTo(a);
        assertThat(new KeyDecoder(new KeyEncoder().writeBytesDescending(a).toByteArray()).readBytesDescending()).isEqualTo(a);
    }

    // Edge cases of four parameters combine into thousands of samples; the single-field properties cover them.
    @Property(edgeCases = EdgeCasesMode.NONE)
    void compositeKeysSortLikeTuples(@ForAll("byteStrings") byte[] a1, @ForAll("longs") long a2,
                                     @ForAll("byteStrings") byte[] b1, @ForAll("longs") long b2) {
        // Mimics [index columns (a string, a DESC number)][pk]: the string must delimit itself.
        int first = sign(Arrays.compareUnsigned(a1, b1));
        int expected = first != 0 ? first : -sign(Long.compare(a2, b2));
        KeyEncoder a = new KeyEncoder().writeUnsignedInt(7).writeBytes(a1).writeLongDescending(a2);
        KeyEncoder b = new KeyEncoder().writeUnsignedInt(7).writeBytes(b1).writeLongDescending(b2);
        assertThat(memcmp(a, b)).isEqualTo(expected);
        KeyDecoder decoder = new KeyDecoder(a.toByteArray());
        assertThat(decoder.readUnsignedInt()).isEqualTo(7);
        assertThat(decoder.readBytes()).isEqualTo(a1);
        assertThat(decoder.readLongDescending()).isEqualTo(a2);
        assertThat(decoder.hasRemaining()).isFalse();
    }

    @Property
    void nullableColumnsPutNullFirstAscendingAndLastDescending(@ForAll("longs") long value) {
        byte[] nullAsc = new KeyEncoder().writeNull().toByteArray();
        byte[] valueAsc = new KeyEncoder().writeNotNull().writeLong(value).toByteArray();
        assertThat(KeyEncoder.compare(nullAsc, valueAsc)).isNegative();
        byte[] nullDesc = new KeyEncoder().writeNullDescending().toByteArray();
        byte[] valueDesc = new KeyEncoder().writeNotNullDescending().writeLongDescending(value).toByteArray();
        assertThat(KeyEncoder.compare(nullDesc, valueDesc)).isPositive();
        assertThat(new KeyDecoder(nullAsc).readNullMarker()).isTrue();
        KeyDecoder decoder = new KeyDecoder(valueDesc);
        assertThat(decoder.readNullMarkerDescending()).isFalse();
        assertThat(decoder.readLongDescending()).isEqualTo(value);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void prefixEndBoundsExactlyTheKeysWithThePrefix(@ForAll("byteStrings") byte[] prefix,
                                                    @ForAll @Size(max = 4) byte[] suffix,
                                                    @ForAll("byteStrings") byte[] other) {
        byte[] end = KeyEncoder.prefixEnd(prefix);
        byte[] extended = new KeyEncoder().writeRaw(prefix).writeRaw(suffix).toByteArray();
        if (end != null) {
            assertThat(KeyEncoder.compare(extended, end)).isNegative();
        }
        boolean hasPrefix = other.length >= prefix.length
                && Arrays.equals(Arrays.copyOf(other, prefix.length), prefix);
        boolean inRange = KeyEncoder.compare(other, prefix) >= 0 && (end == null || KeyEncoder.compare(other, end) < 0);
        assertThat(inRange).isEqualTo(hasPrefix);
    }
}
