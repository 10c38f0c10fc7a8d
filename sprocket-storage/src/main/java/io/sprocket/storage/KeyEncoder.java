package io.sprocket.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Builds keys whose unsigned bytewise (memcmp) order equals the logical order of the values written, field by
 * field, so that composite keys such as {@code [tableId][indexId][columns...][pk...]} sort like tuples.
 *
 * <p>Encodings (each field is self-delimiting, so a field never bleeds into the next one):
 * <ul>
 *   <li>NULL marker {@code 0x00}, not-NULL marker {@code 0x01}: a nullable column writes one of them before its
 *       value, so NULL sorts first, as in MySQL indexes.</li>
 *   <li>signed long / int: big-endian with the sign bit flipped.</li>
 *   <li>unsigned long / int: big-endian.</li>
 *   <li>double: IEEE bits, all bits flipped for negatives and only the sign bit for positives; -0.0 is written as
 *       0.0 because SQL compares them equal.</li>
 *   <li>byte strings: {@code 0x00} escaped as {@code 0x00 0xFF}, terminated by {@code 0x00 0x01}, so a string sorts
 *       before its extensions and embedded zero bytes keep their place.</li>
 * </ul>
 * Every field has a descending variant that writes the bitwise complement, which reverses its order (and puts NULL
 * last, as a DESC index in MySQL does).
 *
 * <p>Not thread-safe; cheap to create. {@link #toByteArray()} copies, so an encoder can keep growing a prefix.
 */
public final class KeyEncoder {
    public static final byte NULL_MARKER = 0x00;
    public static final byte NOT_NULL_MARKER = 0x01;
    static final byte ESCAPE = 0x00;
    static final byte ESCAPED_ZERO = (byte) 0xFF;
    static final byte TERMINATOR = 0x01;

    private byte[] buffer;
    private int length;

    public KeyEncoder() {
        this(32);
    }

    public KeyEncoder(int initialCapacity) {
        buffer = new byte[Math.max(8, initialCapacity)];
    }

    /** Starts from a copy of {@code prefix}. */
    public static KeyEncoder startingWith(byte[] prefix) {
        KeyEncoder encoder = new KeyEncoder(prefix.length + 32);
        return encoder.writeRaw(prefix);
    }

    public int length() {
        return length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, length);
    }

    /** Truncates back to {@code newLength} bytes, to reuse a common prefix. */
    public KeyEncoder truncate(int newLength) {
        Objects.checkIndex(newLength, length + 1);
        length = newLength;
        return this;
    }

    /** Appends bytes as they are (no escaping): for fixed-width identifiers or an already encoded prefix. */
    public KeyEncoder writeRaw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        return this;
    }

    public KeyEncoder writeNull() {
        return writeByte(NULL_MARKER);
    }

    public KeyEncoder writeNotNull() {
        return writeByte(NOT_NULL_MARKER);
    }

    public KeyEncoder writeNullDescending() {
        return writeByte((byte) ~NULL_MARKER);
    }

    public KeyEncoder writeNotNullDescending() {
        return writeByte((byte) ~NOT_NULL_MARKER);
    }

    public KeyEncoder writeLong(long value) {
        return writeUnsignedLong(value ^ Long.MIN_VALUE);
    }

    public KeyEncoder writeLongDescending(long value) {
        return writeUnsignedLong(~(value ^ Long.MIN_VALUE));
    }

    /** Writes {@code value} as an unsigned 64-bit number (BIGINT UNSIGNED). */
    public KeyEncoder writeUnsignedLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    public KeyEncoder writeUnsignedLongDescending(long value) {
        return writeUnsignedLong(~value);
    }

    public KeyEncoder writeInt(int value) {
        return writeUnsignedInt(value ^ Integer.MIN_VALUE);
    }

    public KeyEncoder writeIntDescending(int value) {
        return writeUnsignedInt(~(value ^ Integer.MIN_VALUE));
    }

    /** Writes {@code value} as an unsigned 32-bit number, e.g. a table or index id. */
    public KeyEncoder writeUnsignedInt(int value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
        return this;
    }

    public KeyEncoder writeDouble(double value) {
        return writeUnsignedLong(sortableDoubleBits(value));
    }

    public KeyEncoder writeDoubleDescending(double value) {
        return writeUnsignedLong(~sortableDoubleBits(value));
    }

    /** Writes an escaped, terminated byte string (VARBINARY, or collation weights computed by the engine). */
    public KeyEncoder writeBytes(byte[] value) {
        return writeEscaped(value, false);
    }

    public KeyEncoder writeBytesDescending(byte[] value) {
        return writeEscaped(value, true);
    }

    /** UTF-8 bytes as a byte string: memcmp order of UTF-8 is code point order (a binary collation). */
    public KeyEncoder writeUtf8(String value) {
        return writeBytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The smallest key greater than every key starting with {@code prefix}, for use as an exclusive scan bound; null
     * if there is none (the prefix is empty or all 0xFF), meaning "scan to the end".
     */
    public static byte[] prefixEnd(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xFF) {
                byte[] end = Arrays.copyOf(prefix, i + 1);
                end[i]++;
                return end;
            }
        }
        return null;
    }

    /** Unsigned bytewise comparison: the order every implementation of the store uses. */
    public static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }

    static long sortableDoubleBits(double value) {
        // 0.0 == -0.0 in SQL, so both must produce the same key; NaN cannot reach an index.
        long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }

    private KeyEncoder writeEscaped(byte[] value, boolean descending) {
        int zeros = 0;
        for (byte b : value) {
            if (b == 0) {
                zeros++;
            }
        }
        ensure(value.length + zeros + 2);
        int start = length;
        for (byte b : value) {
            buffer[length++] = b;
            if (b == 0) {
                buffer[length++] = ESCAPED_ZERO;
            }
        }
        buffer[length++] = ESCAPE;
        buffer[length++] = TERMINATOR;
        if (descending) {
            for (int i = start; i < length; i++) {
                buffer[i] = (byte) ~buffer[i];
            }
        }
        return this;
    }

    private KeyEncoder writeByte(byte b) {
        ensure(1);
        buffer[length++] = b;
        return this;
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }
}
