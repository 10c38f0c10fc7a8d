package io.sprocket.engine.result;

import java.util.Objects;

/**
 * One column of a result set as the MySQL protocol describes it (Protocol::ColumnDefinition41).
 *
 * @param schema    database of the underlying table, or "" for an expression
 * @param table     table alias as written in the query, or ""
 * @param orgTable  real table name, or ""
 * @param name      column alias (what the client shows as the column name)
 * @param orgName   real column name, or ""
 * @param charsetId collation id: 63 (binary) for numbers, temporals and binary strings; 255 for utf8mb4_0900_ai_ci
 * @param length    maximum display length in bytes (MySQL's column length: chars * mbmaxlen for text)
 * @param type      MySQL protocol type code, see {@link ColumnType}
 * @param flags     MySQL column flags, see {@link ColumnFlags}
 * @param decimals  decimals (DECIMAL scale, fsp of temporals, 31 for FLOAT/DOUBLE without explicit scale, 0 ints)
 */
public record ColumnMeta(String schema, String table, String orgTable, String name, String orgName,
                         int charsetId, long length, int type, int flags, int decimals) {
    public ColumnMeta {
        Objects.requireNonNull(schema);
        Objects.requireNonNull(table);
        Objects.requireNonNull(orgTable);
        Objects.requireNonNull(name);
        Objects.requireNonNull(orgName);
    }

    /** An expression column (no table), e.g. the result of {@code SELECT 1}. */
    public static ColumnMeta expression(String name, int charsetId, long length, int type, int flags, int decimals) {
        return new ColumnMeta("", "", "", name, "", charsetId, length, type, flags, decimals);
    }

    public boolean isUnsigned() { return (flags & ColumnFlags.UNSIGNED) != 0; }
    public boolean isBinary() { return charsetId == ColumnType.BINARY_COLLATION_ID; }
}
