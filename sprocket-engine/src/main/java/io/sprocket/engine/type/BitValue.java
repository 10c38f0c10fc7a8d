package io.sprocket.engine.type;

/**
 * A BIT(n) value: the bits right-aligned in a long (BIT(64) uses all 64 bits, so read it as unsigned) and the
 * column width. Numeric context sees an unsigned integer; the wire sees (width+7)/8 big-endian bytes.
 */
public record BitValue(long bits, int width) {
    public BitValue {
        if (width < 1 || width > 64) throw new IllegalArgumentException("BIT width " + width);
    }

    /** The value as big-endian bytes, (width+7)/8 of them, as MySQL sends BIT columns. */
    public byte[] toBytes() {
        int n = (width + 7) / 8;
        byte[] out = new byte[n];
        long b = bits;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = (byte) b;
            b >>>= 8;
        }
        return out;
    }

    /** The value as a number: a Long, or a BigInteger when the top bit of a 64-bit value is set. */
    public Object toNumber() {
        return bits >= 0 ? (Object) bits : Values.unsignedToNumber(bits);
    }
}
