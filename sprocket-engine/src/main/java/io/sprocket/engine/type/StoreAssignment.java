package io.sprocket.engine.type;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import java.nio.charset.StandardCharsets;

/**
 * INSERT/UPDATE semantics: converts a value to a column's type. In strict mode bad data raises MySQL's error;
 * otherwise the value is clipped, truncated or zeroed and a warning is added: 1264 out of range, 1265 data
 * truncated (a Note when only spaces or DECIMAL digits are lost), 1366 incorrect value, 1406 data too long
 * (strict) and 1292 incorrect temporal value (strict). NULL is returned as is: NOT NULL is the caller's check
 * ({@link #columnCannotBeNull}).
 */
public final class StoreAssignment {
    private StoreAssignment() {}

    /** Where the value goes, for messages. */
    record Target(SqlType type, String table, String column, long row, StoreMode mode, Warnings w) {}

    public static Object storeValue(Object v, SqlType column, String columnName, long rowNumber, boolean strictMode,
                                    Warnings w) {
        return storeValue(v, column, null, columnName, rowNumber, strictMode ? StoreMode.MYSQL_DEFAULT : StoreMode.LENIENT, w);
    }

    public static Object storeValue(Object v, SqlType column, String columnName, long rowNumber, StoreMode mode,
                                    Warnings w) {
        return storeValue(v, column, null, columnName, rowNumber, mode, w);
    }

    /**
     * Converts {@code v} for storing into {@code column}. {@code tableName} (may be null) only appears in JSON
     * errors, which MySQL writes as {@code table.column}; {@code rowNumber} is 1-based.
     */
    public static Object storeValue(Object v, SqlType column, String tableName, String columnName, long rowNumber,
                                    StoreMode mode, Warnings w) {
        if (v == null) return null;
        Target t = new Target(column, tableName, columnName, rowNumber, mode, w);
        return switch (column.kind()) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT -> StoreNumbers.integer(v, t);
            case YEAR -> StoreNumbers.year(v, t);
            case DECIMAL -> StoreNumbers.decimal(v, t);
            case FLOAT, DOUBLE -> StoreNumbers.approximate(v, t);
            case BIT -> StoreNumbers.bit(v, t);
            case CHAR, VARCHAR, TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT -> character(v, t);
            case BINARY, VARBINARY, TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB -> binary(v, t);
            case ENUM -> enumeration(v, t);
            case SET -> set(v, t);
            case DATE, DATETIME, TIMESTAMP -> StoreTemporals.dateTime(v, t);
            case TIME -> StoreTemporals.time(v, t);
            case JSON -> json(v, t);
            case NULL -> null;
        };
    }

    /** ER_BAD_NULL_ERROR 1048 "Column 'c' cannot be null". */
    public static SqlException columnCannotBeNull(String columnName) {
        return new SqlException(ErrorCode.ER_BAD_NULL_ERROR, columnName);
    }

    /**
     * NULL assigned to a NOT NULL column. A single-row INSERT, or any write in strict mode, fails with 1048; a
     * multi-row INSERT, INSERT ... SELECT or UPDATE in non-strict mode stores the column's implicit default with a
     * 1048 warning (MySQL's behaviour), which this returns.
     */
    public static Object nullIntoNotNull(SqlType column, String columnName, long rowNumber, boolean errorNotWarning,
                                         Warnings w) {
        if (errorNotWarning) throw columnCannotBeNull(columnName);
        w.warn(ErrorCode.ER_BAD_NULL_ERROR, columnName);
        return implicitDefault(column);
    }

    /** The implicit default of a NOT NULL column without DEFAULT: 0, '', the first ENUM member, zero temporals. */
    public static Object implicitDefault(SqlType column) {
        return switch (column.kind()) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT, YEAR -> 0L;
            case DECIMAL -> java.math.BigDecimal.ZERO.setScale(column.scale());
            case FLOAT, DOUBLE -> 0.0;
            case BIT -> new BitValue(0, (int) column.length());
            case CHAR, VARCHAR, TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT, SET -> "";
            case BINARY -> new byte[(int) column.length()];
            case VARBINARY, TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB -> new byte[0];
            case ENUM -> column.elements().isEmpty() ? "" : column.elements().get(0);
            case DATE -> SqlDate.ZERO;
            case DATETIME, TIMESTAMP -> SqlDateTime.ZERO;
            case TIME -> SqlTime.ZERO;
            case JSON -> JsonValue.NULL;
            case NULL -> null;
        };
    }

    /**
     * What a stored CHAR value reads back as: trailing spaces removed (PAD_CHAR_TO_FULL_LENGTH off). Values
     * stored through {@link #storeValue} already have them removed; this is for values from elsewhere.
     */
    public static Object retrieve(Object stored, SqlType column) {
        if (column.kind() == TypeKind.CHAR && stored instanceof String s) return stripTrailingSpaces(s);
        return stored;
    }

    // ------------------------------------------------------------------ conditions

    static void outOfRange(Target t) {
        if (t.mode().strict()) throw new SqlException(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, t.column(), t.row());
        t.w().warn(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, t.column(), t.row());
    }

    static void truncated(Target t) {
        if (t.mode().strict()) throw new SqlException(ErrorCode.WARN_DATA_TRUNCATED, t.column(), t.row());
        t.w().warn(ErrorCode.WARN_DATA_TRUNCATED, t.column(), t.row());
    }

    static void truncatedNote(Target t) {
        t.w().note(ErrorCode.WARN_DATA_TRUNCATED, t.column(), t.row());
    }

    /** 1366 "Incorrect integer value: 'abc' for column 'a' at row 1". */
    static void incorrectValue(Target t, String typeName, String text) {
        if (t.mode().strict()) {
            throw new SqlException(ErrorCode.ER_TRUNCATED_WRONG_VALUE_FOR_FIELD, typeName, text, t.column(), t.row());
        }
        t.w().warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE_FOR_FIELD, typeName, text, t.column(), t.row());
    }

    /** Strict: 1292 "Incorrect date value: 'x' for column 'd' at row 1"; otherwise a 1265 warning. */
    static void incorrectTemporal(Target t, String typeName, String text) {
        if (t.mode().strict()) {
            throw new SqlException(1292, "22007", "Incorrect " + typeName + " value: '" + clip(text, 128)
                    + "' for column '" + clip(t.column(), 192) + "' at row " + t.row());
        }
        t.w().warn(ErrorCode.WARN_DATA_TRUNCATED, t.column(), t.row());
    }

    /** BIT overflow: strict mode aborts with 1406 "Data too long"; otherwise it clips with warning 1264. */
    static void bitTooLong(Target t) {
        if (t.mode().strict()) throw new SqlException(ErrorCode.ER_DATA_TOO_LONG, t.column(), t.row());
        t.w().warn(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, t.column(), t.row());
    }

    static void tooLong(Target t) {
        if (t.mode().strict()) throw new SqlException(ErrorCode.ER_DATA_TOO_LONG, t.column(), t.row());
        t.w().warn(ErrorCode.WARN_DATA_TRUNCATED, t.column(), t.row());
    }

    private static String clip(String s, int n) { return s.length() > n ? s.substring(0, n) : s; }

    // ------------------------------------------------------------------ strings

    private static Object character(Object v, Target t) {
        SqlType type = t.type();
        String s = v instanceof String str ? str : TextFormat.format(v, sourceTypeFor(v));
        if (type.limitInBytes()) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            long max = type.maxChars();
            if (utf8.length <= max) return s;
            String cut = cutToBytes(s, (int) max);
            if (isAllSpaces(s, cut.length())) truncatedNote(t);
            else tooLong(t);
            return cut;
        }
        long max = type.maxChars();
        String out = s;
        if (s.length() > max && s.codePointCount(0, s.length()) > max) {
            out = s.substring(0, s.offsetByCodePoints(0, (int) max));
            if (isAllSpaces(s, out.length())) {
                if (type.kind() != TypeKind.CHAR) truncatedNote(t); // CHAR drops trailing spaces anyway
            } else {
                tooLong(t);
            }
        }
        return type.kind() == TypeKind.CHAR ? stripTrailingSpaces(out) : out;
    }

    private static SqlType sourceTypeFor(Object v) {
        return switch (v) {
            case SqlDateTime dt -> SqlType.datetime(dt.micros() == 0 ? 0 : 6);
            case SqlTime tm -> SqlType.time(tm.micros() == 0 ? 0 : 6);
            default -> SqlType.NULL; // TextFormat falls back to Values.toText
        };
    }

    private static Object binary(Object v, Target t) {
        SqlType type = t.type();
        byte[] b = Values.toBytes(v);
        long max = type.maxChars();
        if (b.length > max) {
            byte[] cut = java.util.Arrays.copyOf(b, (int) max);
            tooLong(t);
            b = cut;
        }
        if (type.kind() == TypeKind.BINARY && b.length < max) b = java.util.Arrays.copyOf(b, (int) max); // 0x00 padding
        return b;
    }

    private static Object enumeration(Object v, Target t) {
        SqlType type = t.type();
        if (v instanceof String || v instanceof byte[]) {
            String s = Values.toText(v);
            int i = EnumSets.enumIndex(type, s);
            if (i > 0) return type.elements().get(i - 1);
            truncated(t);
            return "";
        }
        long n = Values.toLongValue(v, Warnings.IGNORE);
        if (n >= 1 && n <= type.elements().size()) return type.elements().get((int) n - 1);
        truncated(t);
        return "";
    }

    private static Object set(Object v, Target t) {
        SqlType type = t.type();
        if (v instanceof String || v instanceof byte[]) {
            String s = Values.toText(v);
            long mask = EnumSets.setMask(type, s);
            if (mask >= 0) return EnumSets.setValue(type, mask);
            truncated(t);
            return EnumSets.setValue(type, EnumSets.validSetMask(type, s));
        }
        long n = Values.toLongValue(v, Warnings.IGNORE);
        int size = type.elements().size();
        long valid = size >= 64 ? -1L : (1L << size) - 1;
        if ((n & ~valid) != 0) truncated(t);
        return EnumSets.setValue(type, n & valid);
    }

    private static Object json(Object v, Target t) {
        String name = t.table() == null ? t.column() : t.table() + "." + t.column();
        return switch (v) {
            case JsonValue j -> j;
            case String s -> JsonValue.parseForColumn(s, name);
            case byte[] b -> JsonValue.parseForColumn(new String(b, StandardCharsets.UTF_8), name);
            default -> throw new SqlException(ErrorCode.ER_INVALID_JSON_TEXT, "not a JSON text, may need CAST", 0, name);
        };
    }

    // ------------------------------------------------------------------ helpers

    static boolean isAllSpaces(String s, int from) {
        for (int i = from; i < s.length(); i++) if (s.charAt(i) != ' ') return false;
        return true;
    }

    static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return end == s.length() ? s : s.substring(0, end);
    }

    private static String cutToBytes(String s, int maxBytes) {
        int bytes = 0, i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + len > maxBytes) break;
            bytes += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
