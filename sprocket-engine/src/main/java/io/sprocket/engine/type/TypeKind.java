package io.sprocket.engine.type;

/** The MySQL data types a column or expression can have, as written in DDL. */
public enum TypeKind {
    TINYINT("tinyint"), SMALLINT("smallint"), MEDIUMINT("mediumint"), INT("int"), BIGINT("bigint"),
    DECIMAL("decimal"), FLOAT("float"), DOUBLE("double"), BIT("bit"),
    CHAR("char"), VARCHAR("varchar"), TINYTEXT("tinytext"), TEXT("text"), MEDIUMTEXT("mediumtext"),
    LONGTEXT("longtext"), BINARY("binary"), VARBINARY("varbinary"), TINYBLOB("tinyblob"), BLOB("blob"),
    MEDIUMBLOB("mediumblob"), LONGBLOB("longblob"), ENUM("enum"), SET("set"),
    DATE("date"), TIME("time"), DATETIME("datetime"), TIMESTAMP("timestamp"), YEAR("year"), JSON("json"),
    /** The type of the NULL literal. */
    NULL("null");

    private final String sqlName;

    TypeKind(String sqlName) { this.sqlName = sqlName; }

    /** The lower-case name MySQL uses in SHOW CREATE TABLE and information_schema DATA_TYPE. */
    public String sqlName() { return sqlName; }

    public boolean isInteger() { return ordinal() <= BIGINT.ordinal(); }
    public boolean isExactNumeric() { return ordinal() <= DECIMAL.ordinal(); }
    public boolean isApproximate() { return this == FLOAT || this == DOUBLE; }
    public boolean isNumeric() { return ordinal() <= DOUBLE.ordinal(); }

    /** CHAR, VARCHAR and the TEXT types (character strings with a collation). */
    public boolean isCharacter() { return ordinal() >= CHAR.ordinal() && ordinal() <= LONGTEXT.ordinal(); }

    /** BINARY, VARBINARY and the BLOB types. */
    public boolean isBinaryString() { return ordinal() >= BINARY.ordinal() && ordinal() <= LONGBLOB.ordinal(); }

    /** Any string type: character, binary, ENUM, SET. */
    public boolean isString() { return ordinal() >= CHAR.ordinal() && ordinal() <= SET.ordinal(); }

    public boolean isTextOrBlob() {
        return switch (this) {
            case TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT, TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB -> true;
            default -> false;
        };
    }

    /** DATE, TIME, DATETIME, TIMESTAMP (YEAR is numeric in behaviour). */
    public boolean isTemporal() { return ordinal() >= DATE.ordinal() && ordinal() <= TIMESTAMP.ordinal(); }

    /** Whether the type carries a collation (character strings, ENUM, SET). */
    public boolean hasCollation() { return isCharacter() || this == ENUM || this == SET; }
}
