package io.sprocket.engine.type;

import io.sprocket.engine.result.ColumnFlags;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import java.util.List;
import java.util.Objects;

/**
 * The type of a column or expression, with everything MySQL derives from it: DDL spelling, information_schema
 * columns and result-set metadata.
 *
 * @param kind      the data type
 * @param length    integers: display width (0 = the type's default; an expression's max digits);
 *                  DECIMAL: precision M; FLOAT/DOUBLE: M (0 = unspecified; an expression's display length);
 *                  BIT: width in bits; CHAR/VARCHAR: characters; BINARY/VARBINARY: bytes; TEXT/BLOB kinds: their
 *                  maximum length in bytes (0 = the kind's maximum); ignored for other kinds
 * @param scale     DECIMAL: D; FLOAT/DOUBLE: D or -1 when unspecified; TIME/DATETIME/TIMESTAMP: fsp; else 0
 * @param unsigned  UNSIGNED (implied by ZEROFILL)
 * @param zerofill  ZEROFILL
 * @param collation for character strings, ENUM and SET; null for every other kind
 * @param elements  ENUM/SET members in declaration order; empty for every other kind
 */
public record SqlType(TypeKind kind, long length, int scale, boolean unsigned, boolean zerofill, Collation collation,
                      List<String> elements) {
    /** MySQL's NOT_FIXED_DEC: the decimals of FLOAT/DOUBLE without a declared scale and of string expressions. */
    public static final int NOT_FIXED_DEC = 31;
    public static final long MAX_LENGTH_32 = 4294967295L;

    public static final SqlType NULL = new SqlType(TypeKind.NULL, 0, 0, false, false, null, List.of());
    public static final SqlType BIGINT = integer(TypeKind.BIGINT, false);
    public static final SqlType BIGINT_UNSIGNED = integer(TypeKind.BIGINT, true);
    public static final SqlType INT = integer(TypeKind.INT, false);
    public static final SqlType DOUBLE = new SqlType(TypeKind.DOUBLE, 0, -1, false, false, null, List.of());
    public static final SqlType FLOAT = new SqlType(TypeKind.FLOAT, 0, -1, false, false, null, List.of());
    public static final SqlType DATE = new SqlType(TypeKind.DATE, 0, 0, false, false, null, List.of());
    public static final SqlType YEAR = new SqlType(TypeKind.YEAR, 4, 0, true, true, null, List.of());
    public static final SqlType JSON = new SqlType(TypeKind.JSON, 0, 0, false, false, null, List.of());

    public SqlType {
        Objects.requireNonNull(kind);
        elements = List.copyOf(elements);
        if (zerofill) unsigned = true;
        if (kind.hasCollation()) {
            if (collation == null) collation = CollationRegistry.defaultCollation();
        } else if (kind.isBinaryString()) {
            collation = CollationRegistry.BINARY;
        } else {
            collation = null;
        }
    }

    // ------------------------------------------------------------------ factories

    public static SqlType integer(TypeKind kind, boolean unsigned) {
        if (!kind.isInteger()) throw new IllegalArgumentException(kind + " is not an integer type");
        return new SqlType(kind, 0, 0, unsigned, false, null, List.of());
    }

    /** An integer expression result (always BIGINT in MySQL 8.0) with its display length in characters. */
    public static SqlType integerExpression(int displayLength, boolean unsigned) {
        return new SqlType(TypeKind.BIGINT, displayLength, 0, unsigned, false, null, List.of());
    }

    public static SqlType decimal(int precision, int scale) {
        return new SqlType(TypeKind.DECIMAL, precision, scale, false, false, null, List.of());
    }

    public static SqlType decimal(int precision, int scale, boolean unsigned) {
        return new SqlType(TypeKind.DECIMAL, precision, scale, unsigned, false, null, List.of());
    }

    /** FLOAT(M,D) or DOUBLE(M,D); pass 0 and -1 for "unspecified". */
    public static SqlType approximate(TypeKind kind, int m, int d) {
        if (!kind.isApproximate()) throw new IllegalArgumentException(kind.toString());
        return new SqlType(kind, m, d, false, false, null, List.of());
    }

    public static SqlType bit(int width) {
        return new SqlType(TypeKind.BIT, width, 0, false, false, null, List.of());
    }

    /** CHAR/VARCHAR (length in characters) or BINARY/VARBINARY (length in bytes). */
    public static SqlType string(TypeKind kind, long length, Collation collation) {
        if (!kind.isString()) throw new IllegalArgumentException(kind.toString());
        return new SqlType(kind, length, 0, false, false, collation, List.of());
    }

    public static SqlType varchar(long length) { return string(TypeKind.VARCHAR, length, null); }

    public static SqlType varchar(long length, Collation collation) { return string(TypeKind.VARCHAR, length, collation); }

    public static SqlType character(long length) { return string(TypeKind.CHAR, length, null); }

    public static SqlType varbinary(long length) { return string(TypeKind.VARBINARY, length, null); }

    public static SqlType binary(long length) { return string(TypeKind.BINARY, length, null); }

    /** One of the TEXT or BLOB kinds at its full size. */
    public static SqlType lob(TypeKind kind, Collation collation) {
        if (!kind.isTextOrBlob()) throw new IllegalArgumentException(kind.toString());
        return new SqlType(kind, 0, 0, false, false, collation, List.of());
    }

    public static SqlType enumeration(List<String> elements, Collation collation) {
        return new SqlType(TypeKind.ENUM, 0, 0, false, false, collation, elements);
    }

    public static SqlType set(List<String> elements, Collation collation) {
        return new SqlType(TypeKind.SET, 0, 0, false, false, collation, elements);
    }

    /** TIME, DATETIME or TIMESTAMP with fractional-second precision 0..6 (DATE ignores fsp). */
    public static SqlType temporal(TypeKind kind, int fsp) {
        if (!kind.isTemporal()) throw new IllegalArgumentException(kind.toString());
        return new SqlType(kind, 0, kind == TypeKind.DATE ? 0 : fsp, false, false, null, List.of());
    }

    public static SqlType datetime(int fsp) { return temporal(TypeKind.DATETIME, fsp); }

    public static SqlType timestamp(int fsp) { return temporal(TypeKind.TIMESTAMP, fsp); }

    public static SqlType time(int fsp) { return temporal(TypeKind.TIME, fsp); }

    public SqlType withUnsigned(boolean u) { return new SqlType(kind, length, scale, u, zerofill, collation, elements); }

    public SqlType withZerofill(boolean z) { return new SqlType(kind, length, scale, unsigned || z, z, collation, elements); }

    public SqlType withLength(long l) { return new SqlType(kind, l, scale, unsigned, zerofill, collation, elements); }

    public SqlType withScale(int s) { return new SqlType(kind, length, s, unsigned, zerofill, collation, elements); }

    public SqlType withCollation(Collation c) { return new SqlType(kind, length, scale, unsigned, zerofill, c, elements); }

    // ------------------------------------------------------------------ derived facts

    /** The fractional-second precision of TIME/DATETIME/TIMESTAMP, else 0. */
    public int fsp() { return kind.isTemporal() ? scale : 0; }

    /** Characters (character strings) or bytes (binary strings) the type holds at most. */
    public long maxChars() {
        return switch (kind) {
            case CHAR, VARCHAR, BINARY, VARBINARY -> length;
            case TINYTEXT, TINYBLOB -> 255;
            case TEXT, BLOB -> length > 0 ? length : 65535;
            case MEDIUMTEXT, MEDIUMBLOB -> 16777215;
            case LONGTEXT, LONGBLOB -> MAX_LENGTH_32;
            case ENUM -> EnumSets.maxEnumLength(elements);
            case SET -> EnumSets.maxSetLength(elements);
            default -> 0;
        };
    }

    /** For TEXT kinds the limit is in bytes, not characters (MySQL checks L + length-prefix bytes). */
    public boolean limitInBytes() { return kind.isTextOrBlob() || kind.isBinaryString(); }

    /** Whether values of this type are binary strings (byte[]). */
    public boolean isBinaryString() { return kind.isBinaryString(); }

    // ------------------------------------------------------------------ SHOW CREATE TABLE / information_schema

    /**
     * The type as MySQL 8.0 spells it in SHOW CREATE TABLE and information_schema.COLUMNS.COLUMN_TYPE
     * (no character set clause): integer display widths are dropped except for ZEROFILL and tinyint(1).
     */
    public String sqlText() {
        return TypeText.columnType(this);
    }

    /** information_schema.COLUMNS.DATA_TYPE. */
    public String dataType() { return kind.sqlName(); }

    /** information_schema.COLUMNS.COLUMN_TYPE (same as {@link #sqlText()}). */
    public String columnType() { return sqlText(); }

    public Long characterMaximumLength() {
        if (kind.isCharacter() && kind.isTextOrBlob()) return maxChars();
        return kind.isString() ? maxChars() : null;
    }

    public Long characterOctetLength() {
        if (!kind.isString()) return null;
        if (kind.isTextOrBlob() || kind.isBinaryString()) return maxChars();
        return Math.min(maxChars() * collation.charset().maxLength(), MAX_LENGTH_32);
    }

    public Long numericPrecision() {
        return switch (kind) {
            case TINYINT -> 3L;
            case SMALLINT -> 5L;
            case MEDIUMINT -> 7L;
            case INT -> 10L;
            case BIGINT -> unsigned ? 20L : 19L;
            case DECIMAL, BIT -> length;
            case FLOAT -> length > 0 ? length : 12L;
            case DOUBLE -> length > 0 ? length : 22L;
            default -> null;
        };
    }

    public Long numericScale() {
        return switch (kind) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT -> 0L;
            case DECIMAL -> (long) scale;
            case FLOAT, DOUBLE -> scale >= 0 ? (long) scale : null;
            default -> null;
        };
    }

    public Long datetimePrecision() {
        return switch (kind) {
            case TIME, DATETIME, TIMESTAMP -> (long) scale;
            default -> null;
        };
    }

    public String characterSetName() { return kind.hasCollation() ? collation.charsetName() : null; }

    public String collationName() { return kind.hasCollation() ? collation.name() : null; }

    // ------------------------------------------------------------------ protocol metadata

    /** MySQL protocol type code ({@link ColumnType}). */
    public int protocolType() {
        return switch (kind) {
            case TINYINT -> ColumnType.TINY;
            case SMALLINT -> ColumnType.SHORT;
            case MEDIUMINT -> ColumnType.INT24;
            case INT -> ColumnType.LONG;
            case BIGINT -> ColumnType.LONGLONG;
            case DECIMAL -> ColumnType.NEWDECIMAL;
            case FLOAT -> ColumnType.FLOAT;
            case DOUBLE -> ColumnType.DOUBLE;
            case BIT -> ColumnType.BIT;
            case CHAR, BINARY, ENUM, SET -> ColumnType.STRING;
            case VARCHAR, VARBINARY -> ColumnType.VAR_STRING;
            case TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT, TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB -> ColumnType.BLOB;
            case DATE -> ColumnType.DATE;
            case TIME -> ColumnType.TIME;
            case DATETIME -> ColumnType.DATETIME;
            case TIMESTAMP -> ColumnType.TIMESTAMP;
            case YEAR -> ColumnType.YEAR;
            case JSON -> ColumnType.JSON;
            case NULL -> ColumnType.NULL;
        };
    }

    /** The column length of result metadata: maximum display width in bytes. */
    public long displayLength() {
        return switch (kind) {
            case TINYINT -> length > 0 ? length : (unsigned ? 3 : 4);
            case SMALLINT -> length > 0 ? length : (unsigned ? 5 : 6);
            case MEDIUMINT -> length > 0 ? length : (unsigned ? 8 : 9);
            case INT -> length > 0 ? length : (unsigned ? 10 : 11);
            case BIGINT -> length > 0 ? length : 20;
            case DECIMAL -> decimalDisplayLength((int) length, scale, unsigned);
            case FLOAT -> length > 0 ? length : 12;
            case DOUBLE -> length > 0 ? length : 22;
            case BIT -> length;
            case CHAR, VARCHAR, ENUM, SET, TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT ->
                    Math.min(maxChars() * collation.charset().maxLength(), MAX_LENGTH_32);
            case BINARY, VARBINARY, TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB -> maxChars();
            case DATE -> 10;
            case TIME -> 10 + (scale > 0 ? scale + 1 : 0);
            case DATETIME, TIMESTAMP -> 19 + (scale > 0 ? scale + 1 : 0);
            case YEAR -> 4;
            case JSON -> MAX_LENGTH_32;
            case NULL -> 0;
        };
    }

    /** MySQL's length for a DECIMAL(p,s): digits, a point when s > 0, a sign unless unsigned. */
    public static long decimalDisplayLength(int precision, int scale, boolean unsigned) {
        int p = Math.max(precision, 1);
        return p + (scale > 0 ? 1 : 0) + (unsigned ? 0 : 1);
    }

    /** Result metadata decimals. */
    public int decimals() {
        return switch (kind) {
            case DECIMAL, TIME, DATETIME, TIMESTAMP -> scale;
            case FLOAT, DOUBLE -> scale >= 0 ? scale : NOT_FIXED_DEC;
            default -> 0;
        };
    }

    /** The collation id reported in result metadata: 63 (binary) for everything but character strings. */
    public int collationId() {
        return kind.hasCollation() ? collation.id() : ColumnType.BINARY_COLLATION_ID;
    }

    /** Column definition flags of a table column, without NOT_NULL and key flags (the caller adds those). */
    public int columnFlags() {
        int f = 0;
        if (unsigned || kind == TypeKind.BIT || kind == TypeKind.TIMESTAMP) f |= ColumnFlags.UNSIGNED;
        if (zerofill || kind == TypeKind.YEAR) f |= ColumnFlags.ZEROFILL | ColumnFlags.UNSIGNED;
        if (kind.isTextOrBlob() || kind == TypeKind.JSON) f |= ColumnFlags.BLOB;
        if (kind.isBinaryString() || kind.isTemporal() || kind == TypeKind.JSON) f |= ColumnFlags.BINARY;
        if (kind == TypeKind.ENUM) f |= ColumnFlags.ENUM;
        if (kind == TypeKind.SET) f |= ColumnFlags.SET;
        if (isNumericProtocolType(protocolType())) f |= ColumnFlags.NUM;
        return f;
    }

    /** Flags of an expression result: as a column, plus BINARY for anything in the binary character set. */
    public int expressionFlags() {
        int f = columnFlags();
        if (kind == TypeKind.TIMESTAMP) f &= ~ColumnFlags.UNSIGNED;
        if (collationId() == ColumnType.BINARY_COLLATION_ID) f |= ColumnFlags.BINARY;
        return f;
    }

    /** MySQL sets NUM_FLAG for these protocol types (IS_NUM). */
    public static boolean isNumericProtocolType(int type) {
        return (type <= ColumnType.INT24 && type != ColumnType.TIMESTAMP) || type == ColumnType.YEAR
                || type == ColumnType.NEWDECIMAL;
    }

    /** Metadata for a table column; {@code extraFlags} adds NOT_NULL, key and auto-increment flags. */
    public ColumnMeta columnMeta(String schema, String table, String orgTable, String name, String orgName,
                                 int extraFlags) {
        return new ColumnMeta(schema, table, orgTable, name, orgName, collationId(), displayLength(), protocolType(),
                columnFlags() | extraFlags, decimals());
    }

    /** Metadata for an expression result column (e.g. {@code SELECT 1}). */
    public ColumnMeta expressionMeta(String name, boolean notNull) {
        int decimals = kind.hasCollation() ? NOT_FIXED_DEC : decimals();
        return ColumnMeta.expression(name, collationId(), displayLength(), protocolType(),
                expressionFlags() | (notNull ? ColumnFlags.NOT_NULL : 0), decimals);
    }

    @Override
    public String toString() { return sqlText(); }
}
