package io.sprocket.engine.catalog;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.DataType;
import java.util.List;

/** Turns a parsed {@link DataType} into a column's {@link SqlType}, with MySQL's limits and errors. */
public final class ColumnTypes {
    static final int MAX_DECIMAL_PRECISION = 65;
    static final int MAX_DECIMAL_SCALE = 30;
    static final int MAX_FSP = 6;

    private ColumnTypes() {
    }

    /** The collation a character column gets from its own attributes, or {@code inherited} when it has none. */
    static Collation collation(DataType t, Collation inherited) {
        CollationRegistry registry = CollationRegistry.instance();
        Collation c;
        if (t.charset() == null && t.collation() == null) {
            c = inherited;
        } else {
            c = registry.resolve(t.charset(), t.collation());
        }
        if (t.binary() && t.collation() == null) {
            Collation bin = registry.collation(c.charsetName() + "_bin");
            if (bin != null) c = bin;
        }
        return c;
    }

    public static SqlType toSqlType(String column, DataType t, Collation inherited) {
        Integer len = t.length();
        Integer scale = t.scale();
        return switch (t.name()) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT -> {
                if (len != null && len > 255) throw new SqlException(ErrorCode.ER_TOO_BIG_DISPLAYWIDTH, column, 255);
                TypeKind kind = TypeKind.valueOf(t.name().name());
                yield new SqlType(kind, len == null ? 0 : len, 0, t.unsigned(), t.zerofill(), null, List.of());
            }
            case DECIMAL -> {
                int p = len == null ? 10 : len;
                int s = scale == null ? 0 : scale;
                if (p > MAX_DECIMAL_PRECISION) {
                    throw new SqlException(ErrorCode.ER_TOO_BIG_PRECISION, p, column, MAX_DECIMAL_PRECISION);
                }
                if (s > MAX_DECIMAL_SCALE) throw new SqlException(ErrorCode.ER_TOO_BIG_SCALE, s, column, MAX_DECIMAL_SCALE);
                if (s > p) throw new SqlException(ErrorCode.ER_M_BIGGER_THAN_D, column);
                if (p == 0) p = 10;
                yield new SqlType(TypeKind.DECIMAL, p, s, t.unsigned(), t.zerofill(), null, List.of());
            }
            case FLOAT, DOUBLE -> {
                int s = scale == null ? -1 : scale;
                int m = len == null ? 0 : len;
                if (s >= 0 && s > m) throw new SqlException(ErrorCode.ER_M_BIGGER_THAN_D, column);
                if (s > MAX_DECIMAL_SCALE) throw new SqlException(ErrorCode.ER_TOO_BIG_SCALE, s, column, MAX_DECIMAL_SCALE);
                TypeKind kind = TypeKind.valueOf(t.name().name());
                yield new SqlType(kind, m, s, t.unsigned(), t.zerofill(), null, List.of());
            }
            case BIT -> {
                int w = len == null ? 1 : len;
                if (w > 64) throw new SqlException(ErrorCode.ER_TOO_BIG_DISPLAYWIDTH, column, 64);
                yield SqlType.bit(Math.max(w, 1));
            }
            case CHAR -> {
                int n = len == null ? 1 : len;
                if (n > 255) throw new SqlException(ErrorCode.ER_TOO_BIG_FIELDLENGTH, column, 255);
                yield SqlType.string(TypeKind.CHAR, n, collation(t, inherited));
            }
            case VARCHAR -> {
                Collation c = collation(t, inherited);
                int max = 65535 / c.charset().maxLength();
                if (len == null || len > max) throw new SqlException(ErrorCode.ER_TOO_BIG_FIELDLENGTH, column, max);
                yield SqlType.string(TypeKind.VARCHAR, len, c);
            }
            case BINARY -> {
                int n = len == null ? 1 : len;
                if (n > 255) throw new SqlException(ErrorCode.ER_TOO_BIG_FIELDLENGTH, column, 255);
                yield SqlType.binary(n);
            }
            case VARBINARY -> {
                if (len == null || len > 65535) throw new SqlException(ErrorCode.ER_TOO_BIG_FIELDLENGTH, column, 65535);
                yield SqlType.varbinary(len);
            }
            case TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT -> {
                Collation c = collation(t, inherited);
                TypeKind kind = TypeKind.valueOf(t.name().name());
                if (t.name() == io.sprocket.sql.ast.TypeName.TEXT && len != null) {
                    kind = lobKindFor((long) len * c.charset().maxLength(), true);
                }
                yield SqlType.lob(kind, c);
            }
            case TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB -> {
                TypeKind kind = TypeKind.valueOf(t.name().name());
                if (t.name() == io.sprocket.sql.ast.TypeName.BLOB && len != null) kind = lobKindFor(len, false);
                yield SqlType.lob(kind, null);
            }
            case ENUM -> SqlType.enumeration(t.values(), collation(t, inherited));
            case SET -> SqlType.set(t.values(), collation(t, inherited));
            case DATE -> SqlType.DATE;
            case TIME, DATETIME, TIMESTAMP -> {
                int fsp = len == null ? 0 : len;
                if (fsp > MAX_FSP) throw new SqlException(ErrorCode.ER_TOO_BIG_PRECISION, fsp, column, MAX_FSP);
                yield SqlType.temporal(TypeKind.valueOf(t.name().name()), fsp);
            }
            case YEAR -> SqlType.YEAR;
            case JSON -> SqlType.JSON;
            case GEOMETRY, POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRYCOLLECTION,
                 SIGNED, UNSIGNED -> throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, t.name().sqlName() + " columns");
        };
    }

    /** MySQL picks the smallest TEXT/BLOB kind holding {@code bytes} for TEXT(n) and BLOB(n). */
    private static TypeKind lobKindFor(long bytes, boolean text) {
        if (bytes < 256) return text ? TypeKind.TINYTEXT : TypeKind.TINYBLOB;
        if (bytes < 65536) return text ? TypeKind.TEXT : TypeKind.BLOB;
        if (bytes < 16777216) return text ? TypeKind.MEDIUMTEXT : TypeKind.MEDIUMBLOB;
        return text ? TypeKind.LONGTEXT : TypeKind.LONGBLOB;
    }
}
