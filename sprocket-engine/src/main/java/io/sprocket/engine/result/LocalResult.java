package io.sprocket.engine.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A fully materialised result set (SHOW output, small metadata queries). Rows hold wire values. */
public final class LocalResult {
    private final List<ColumnMeta> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public LocalResult(List<ColumnMeta> columns) {
        this.columns = List.copyOf(columns);
    }

    public LocalResult add(Object... row) {
        Objects.requireNonNull(row);
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns");
        }
        rows.add(row);
        return this;
    }

    public List<ColumnMeta> columns() {
        return columns;
    }

    public List<Object[]> rows() {
        return rows;
    }

    public RowStream stream() {
        return new RowStream() {
            private int next;

            @Override
            public Object[] next() {
                return next < rows.size() ? rows.get(next++) : null;
            }
        };
    }

    /** A text column as SHOW statements declare them: VARCHAR in utf8mb4 (MySQL 8.0 reports utf8mb3 for some). */
    public static ColumnMeta textColumn(String name, int maxChars) {
        return ColumnMeta.expression(name, ColumnType.UTF8MB4_0900_AI_CI, maxChars * 4L, ColumnType.VAR_STRING, 0, 0);
    }

    public static ColumnMeta longColumn(String name, int length) {
        return ColumnMeta.expression(name, ColumnType.BINARY_COLLATION_ID, length, ColumnType.LONGLONG,
                ColumnFlags.NUM, 0);
    }
}
