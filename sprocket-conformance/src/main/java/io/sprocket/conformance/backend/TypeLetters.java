package io.sprocket.conformance.backend;

import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import java.sql.Types;
import java.util.Locale;

/** Maps protocol column types (engine metadata or JDBC metadata) to the format's type letters. */
public final class TypeLetters {
    private TypeLetters() {}

    public static char of(ColumnMeta column) {
        return switch (column.type()) {
            case ColumnType.TINY, ColumnType.SHORT, ColumnType.LONG, ColumnType.LONGLONG, ColumnType.INT24,
                 ColumnType.YEAR -> 'I';
            case ColumnType.DECIMAL, ColumnType.NEWDECIMAL -> 'N';
            case ColumnType.FLOAT, ColumnType.DOUBLE -> 'R';
            case ColumnType.DATE, ColumnType.NEWDATE, ColumnType.TIME, ColumnType.DATETIME,
                 ColumnType.TIMESTAMP -> 'D';
            case ColumnType.JSON -> 'J';
            case ColumnType.NULL -> '?';
            case ColumnType.BIT, ColumnType.GEOMETRY -> 'B';
            default -> column.isBinary() ? 'B' : 'T';
        };
    }

    /** From JDBC metadata; {@code typeName} is the driver's MySQL type name (JSON needs it). */
    public static char of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
        if (name.equals("JSON")) return 'J';
        if (name.startsWith("YEAR")) return 'I';
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> 'I';
            case Types.DECIMAL, Types.NUMERIC -> 'N';
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> 'R';
            case Types.DATE, Types.TIME, Types.TIMESTAMP, Types.TIME_WITH_TIMEZONE,
                 Types.TIMESTAMP_WITH_TIMEZONE -> 'D';
            // BOOLEAN: MariaDB Connector/J reports BIT(1) so (TINYINT(1) is a number here: tinyInt1isBit=false)
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB, Types.BIT, Types.BOOLEAN -> 'B';
            case Types.NULL -> '?';
            default -> 'T';
        };
    }

    /** Whether an actual column type satisfies an expected letter. JSON and text are one family (MariaDB's JSON is LONGTEXT). */
    public static boolean matches(char expected, char actual) {
        if (expected == '?' || actual == '?' || expected == actual) return true;
        return (expected == 'J' || expected == 'T') && (actual == 'J' || actual == 'T');
    }
}
