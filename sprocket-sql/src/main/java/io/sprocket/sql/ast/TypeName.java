package io.sprocket.sql.ast;

/**
 * Canonical data type names after MySQL's parse-time normalisation (see {@link DataType}). SIGNED and UNSIGNED
 * occur only as CAST targets ({@code CAST(x AS SIGNED [INTEGER])}).
 */
public enum TypeName {
    TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT,
    DECIMAL, FLOAT, DOUBLE, BIT,
    CHAR, VARCHAR, BINARY, VARBINARY,
    TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT,
    TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB,
    ENUM, SET,
    DATE, TIME, DATETIME, TIMESTAMP, YEAR,
    JSON,
    GEOMETRY, POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRYCOLLECTION,
    SIGNED, UNSIGNED;

    /** The lower-case spelling MySQL prints in SHOW CREATE TABLE and CAST. */
    public String sqlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isInteger() {
        return switch (this) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT -> true;
            default -> false;
        };
    }

    public boolean isCharacter() {
        return switch (this) {
            case CHAR, VARCHAR, TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT, ENUM, SET -> true;
            default -> false;
        };
    }
}
