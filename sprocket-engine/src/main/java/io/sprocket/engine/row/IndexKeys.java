package io.sprocket.engine.row;

import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.IndexDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.type.BitValue;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import io.sprocket.engine.type.SqlType;
import io.sprocket.storage.KeyEncoder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Order-preserving index keys. Every key part is a null marker followed by the value's encoding, and the whole
 * part is complemented for a DESC part (so NULL sorts first ascending and last descending, as in MySQL). Each
 * part is prefix-free, so parts concatenate into keys that sort like tuples.
 *
 * <p>Character strings are encoded by their collation's sort key, so values equal under the collation collide
 * in a unique index ('a' and 'A' under a _ci collation), exactly as in MySQL. Prefix lengths count characters for
 * character strings and bytes for binary strings.
 */
public final class IndexKeys {
    private IndexKeys() {
    }

    /** Appends the encoded key parts of {@code index} taken from {@code row} (a full table row). */
    public static void appendParts(KeyEncoder out, TableDef table, IndexDef index, Object[] row) {
        for (IndexDef.Part part : index.parts()) {
            appendPart(out, table.columns().get(part.column()).type(), part, row[part.column()]);
        }
    }

    /**
     * Appends the first {@code values.length} parts of {@code index} from values given in key-part order (for range
     * scan bounds and primary-key lookups).
     */
    public static void appendPrefix(KeyEncoder out, TableDef table, IndexDef index, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            IndexDef.Part part = index.parts().get(i);
            appendPart(out, table.columns().get(part.column()).type(), part, values[i]);
        }
    }

    /** One key part: marker and value, complemented when descending. */
    public static void appendPart(KeyEncoder out, SqlType type, IndexDef.Part part, Object value) {
        KeyEncoder p = new KeyEncoder(16);
        if (value == null) {
            p.writeNull();
        } else {
            p.writeNotNull();
            encodeValue(p, type, part.prefixLength(), value);
        }
        byte[] bytes = p.toByteArray();
        if (part.descending()) {
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) ~bytes[i];
        }
        out.writeRaw(bytes);
    }

    /** The value part of a key (no null marker). */
    static void encodeValue(KeyEncoder out, SqlType type, int prefixLength, Object value) {
        switch (type.kind()) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT, YEAR -> {
                long v = ((Number) value).longValue();
                if (type.unsigned()) out.writeUnsignedLong(v); else out.writeLong(v);
            }
            case DECIMAL -> writeDecimal(out, (BigDecimal) value);
            case FLOAT, DOUBLE -> out.writeDouble(((Number) value).doubleValue());
            case BIT -> out.writeUnsignedLong(((BitValue) value).bits());
            case CHAR, VARCHAR, TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT -> {
                String s = (String) value;
                if (prefixLength > 0) s = prefixChars(s, prefixLength);
                out.writeBytes(type.collation().sortKey(s));
            }
            case BINARY, VARBINARY, TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB -> {
                byte[] b = value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) value;
                if (prefixLength > 0 && b.length > prefixLength) b = Arrays.copyOf(b, prefixLength);
                out.writeBytes(b);
            }
            case ENUM -> out.writeLong(enumIndex(type, (String) value));
            case SET -> out.writeUnsignedLong(setMask(type, (String) value));
            case DATE -> out.writeLong(((SqlDate) value).packed());
            case DATETIME, TIMESTAMP -> out.writeLong(((SqlDateTime) value).packed());
            case TIME -> out.writeLong(((SqlTime) value).toMicros());
            case JSON, NULL -> throw new IllegalArgumentException(type.kind() + " cannot be part of an index key");
        }
    }

    /** The first {@code n} characters (code points) of {@code s}. */
    public static String prefixChars(String s, int n) {
        if (s.length() <= n) return s;
        int end = s.offsetByCodePoints(0, Math.min(n, s.codePointCount(0, s.length())));
        return s.substring(0, end);
    }

    /** 1-based ENUM index; 0 for the empty error value. */
    public static long enumIndex(SqlType type, String value) {
        for (int i = 0; i < type.elements().size(); i++) {
            if (type.collation().equals(type.elements().get(i), value)) return i + 1;
        }
        return 0;
    }

    public static long setMask(SqlType type, String value) {
        long mask = 0;
        if (value.isEmpty()) return 0;
        for (String member : value.split(",", -1)) {
            for (int i = 0; i < type.elements().size(); i++) {
                if (type.collation().equals(type.elements().get(i), member)) mask |= 1L << i;
            }
        }
        return mask;
    }

    /**
     * Sign class byte (negative, zero, positive), then for non-zero values the decimal exponent and the digit string
     * of the normalised value; both complemented for negatives so that larger magnitudes sort first.
     */
    static void writeDecimal(KeyEncoder out, BigDecimal value) {
        int signum = value.signum();
        if (signum == 0) {
            out.writeRaw(new byte[]{0x02});
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        BigInteger unscaled = stripped.unscaledValue().abs();
        String digits = unscaled.toString();
        int exponent = digits.length() - stripped.scale();
        byte[] digitBytes = digits.getBytes(StandardCharsets.US_ASCII);
        if (signum > 0) {
            out.writeRaw(new byte[]{0x03});
            out.writeInt(exponent);
            out.writeBytes(digitBytes);
        } else {
            out.writeRaw(new byte[]{0x01});
            out.writeIntDescending(exponent);
            out.writeBytesDescending(digitBytes);
        }
    }

    /** Whether any part of {@code index} is NULL in {@code row} (such entries never conflict in a unique index). */
    public static boolean hasNullPart(IndexDef index, Object[] row) {
        for (IndexDef.Part part : index.parts()) {
            if (row[part.column()] == null) return true;
        }
        return false;
    }

    /**
     * The text of a key value in ER_DUP_ENTRY: the parts joined with '-', prefix parts cut to their length.
     */
    public static String entryText(TableDef table, IndexDef index, Object[] row) {
        StringBuilder sb = new StringBuilder();
        for (IndexDef.Part part : index.parts()) {
            if (!sb.isEmpty()) sb.append('-');
            ColumnDef column = table.columns().get(part.column());
            Object v = row[part.column()];
            sb.append(valueText(column.type(), part.prefixLength(), v));
        }
        return sb.toString();
    }

    static String valueText(SqlType type, int prefixLength, Object v) {
        Objects.requireNonNull(type);
        return switch (v) {
            case null -> "NULL";
            case String s -> prefixLength > 0 ? prefixChars(s, prefixLength) : s;
            case byte[] b -> new String(prefixLength > 0 && b.length > prefixLength ? Arrays.copyOf(b, prefixLength) : b,
                    StandardCharsets.ISO_8859_1);
            case BigDecimal d -> d.toPlainString();
            case Double d -> d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
            case SqlDateTime t -> type.fsp() > 0 ? t.toString() : t.toString();
            case BitValue b -> new String(b.toBytes(), StandardCharsets.ISO_8859_1);
            default -> v.toString();
        };
    }
}
