package io.sprocket.engine.result;

/** MySQL protocol type codes (enum_field_types) and collation ids used in column metadata. */
public final class ColumnType {
    private ColumnType() {}

    public static final int DECIMAL = 0;
    public static final int TINY = 1;
    public static final int SHORT = 2;
    public static final int LONG = 3;
    public static final int FLOAT = 4;
    public static final int DOUBLE = 5;
    public static final int NULL = 6;
    public static final int TIMESTAMP = 7;
    public static final int LONGLONG = 8;
    public static final int INT24 = 9;
    public static final int DATE = 10;
    public static final int TIME = 11;
    public static final int DATETIME = 12;
    public static final int YEAR = 13;
    public static final int NEWDATE = 14;
    public static final int VARCHAR = 15;
    public static final int BIT = 16;
    public static final int JSON = 245;
    public static final int NEWDECIMAL = 246;
    public static final int ENUM = 247;
    public static final int SET = 248;
    public static final int TINY_BLOB = 249;
    public static final int MEDIUM_BLOB = 250;
    public static final int LONG_BLOB = 251;
    public static final int BLOB = 252;
    public static final int VAR_STRING = 253;
    public static final int STRING = 254;
    public static final int GEOMETRY = 255;

    /** Collation id of the binary pseudo-charset (numbers, temporals, binary strings). */
    public static final int BINARY_COLLATION_ID = 63;
    /** utf8mb4_0900_ai_ci, MySQL 8.0's default collation. */
    public static final int UTF8MB4_0900_AI_CI = 255;
    /** utf8mb4_general_ci. */
    public static final int UTF8MB4_GENERAL_CI = 45;
    /** utf8mb4_bin. */
    public static final int UTF8MB4_BIN = 46;
    /** utf8mb3_general_ci (SHOW and information_schema columns in MySQL 8.0). */
    public static final int UTF8MB3_GENERAL_CI = 33;
}
