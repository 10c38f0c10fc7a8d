package io.sprocket.sql;

import io.sprocket.sql.ast.DataType;
import io.sprocket.sql.ast.TypeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** MySQL's data type grammar, normalised at parse time the way MySQL does (see {@link DataType}). */
final class DataTypeParser {
    private final TokenCursor cursor;

    DataTypeParser(TokenCursor cursor) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
    }

    /** Mutable accumulator; becomes an immutable DataType at the end. */
    private static final class Builder {
        TypeName name;
        Integer length;
        Integer scale;
        boolean unsigned;
        boolean zerofill;
        String charset;
        String collation;
        boolean binary;
        List<String> values = List.of();

        DataType build() {
            return new DataType(name, length, scale, unsigned, zerofill, charset, collation, binary, values);
        }
    }

    /**
     * A data type. In a CAST ({@code cast} true) the integer forms are SIGNED/UNSIGNED [INTEGER] and no
     * display width or ZEROFILL is allowed.
     */
    DataType dataType(boolean cast) {
        Token t = cursor.peek();
        if (t.kind() != TokenKind.WORD) {
            throw cursor.error();
        }
        Builder b = new Builder();
        String k = t.keyword();
        cursor.advance();
        switch (k) {
            case "TINYINT", "INT1" -> integer(b, TypeName.TINYINT);
            case "SMALLINT", "INT2" -> integer(b, TypeName.SMALLINT);
            case "MEDIUMINT", "INT3", "MIDDLEINT" -> integer(b, TypeName.MEDIUMINT);
            case "INT", "INTEGER", "INT4" -> integer(b, TypeName.INT);
            case "BIGINT", "INT8" -> integer(b, TypeName.BIGINT);
            case "SERIAL" -> {
                b.name = TypeName.BIGINT;
                b.unsigned = true;
            }
            case "SIGNED", "UNSIGNED" -> {
                if (!cast) {
                    throw cursor.errorAt(t);
                }
                b.name = k.equals("SIGNED") ? TypeName.SIGNED : TypeName.UNSIGNED;
                cursor.acceptWord("INTEGER");
                cursor.acceptWord("INT");
            }
            case "DECIMAL", "DEC", "NUMERIC", "FIXED" -> {
                b.name = TypeName.DECIMAL;
                precisionAndScale(b);
                numericAttributes(b, cast);
            }
            case "FLOAT", "FLOAT4" -> {
                b.name = TypeName.FLOAT;
                if (cursor.isSymbol("(")) {
                    cursor.advance();
                    int m = integerValue();
                    if (cursor.acceptSymbol(",")) {
                        b.length = m;
                        b.scale = integerValue();
                    } else if (m > 24) {
                        b.name = TypeName.DOUBLE;
                    }
                    cursor.expectSymbol(")");
                }
                numericAttributes(b, cast);
            }
            case "DOUBLE", "FLOAT8", "REAL" -> {
                b.name = k.equals("REAL") && cursor.options().realAsFloat() ? TypeName.FLOAT : TypeName.DOUBLE;
                if (k.equals("DOUBLE")) {
                    cursor.acceptWord("PRECISION");
                }
                if (cursor.isSymbol("(")) {
                    cursor.advance();
                    b.length = integerValue();
                    cursor.expectSymbol(",");
                    b.scale = integerValue();
                    cursor.expectSymbol(")");
                }
                numericAttributes(b, cast);
            }
            case "BIT" -> {
                b.name = TypeName.BIT;
                b.length = optionalLength();
            }
            case "BOOL", "BOOLEAN" -> {
                b.name = TypeName.TINYINT;
                b.length = 1;
            }
            case "CHAR", "CHARACTER" -> {
                if (cursor.acceptWord("VARYING")) {
                    b.name = TypeName.VARCHAR;
                    b.length = requiredLength();
                } else {
                    b.name = TypeName.CHAR;
                    b.length = optionalLength();
                }
                characterAttributes(b);
            }
            case "VARCHAR", "VARCHARACTER" -> {
                b.name = TypeName.VARCHAR;
                b.length = requiredLength();
                characterAttributes(b);
            }
            case "NATIONAL", "NCHAR", "NVARCHAR" -> national(b, k);
            case "BINARY" -> {
                b.name = TypeName.BINARY;
                b.length = optionalLength();
            }
            case "VARBINARY" -> {
                b.name = TypeName.VARBINARY;
                b.length = requiredLength();
            }
            case "TINYTEXT" -> text(b, TypeName.TINYTEXT);
            case "TEXT" -> {
                b.name = TypeName.TEXT;
                b.length = optionalLength();
                characterAttributes(b);
            }
            case "MEDIUMTEXT" -> text(b, TypeName.MEDIUMTEXT);
            case "LONGTEXT" -> text(b, TypeName.LONGTEXT);
            case "LONG" -> {
                if (cursor.acceptWord("VARBINARY")) {
                    b.name = TypeName.MEDIUMBLOB;
                } else {
                    if (!cursor.acceptWord("VARCHAR")) {
                        cursor.acceptWords("CHAR", "VARYING");
                    }
                    text(b, TypeName.MEDIUMTEXT);
                }
            }
            case "TINYBLOB" -> b.name = TypeName.TINYBLOB;
            case "BLOB" -> {
                b.name = TypeName.BLOB;
                b.length = optionalLength();
            }
            case "MEDIUMBLOB" -> b.name = TypeName.MEDIUMBLOB;
            case "LONGBLOB" -> b.name = TypeName.LONGBLOB;
            case "ENUM", "SET" -> {
                b.name = k.equals("ENUM") ? TypeName.ENUM : TypeName.SET;
                cursor.expectSymbol("(");
                List<String> values = new ArrayList<>();
                do {
                    values.add(cursor.expectString());
                } while (cursor.acceptSymbol(","));
                cursor.expectSymbol(")");
                b.values = values;
                characterAttributes(b);
            }
            case "DATE" -> b.name = TypeName.DATE;
            case "TIME" -> {
                b.name = TypeName.TIME;
                b.length = optionalLength();
            }
            case "DATETIME" -> {
                b.name = TypeName.DATETIME;
                b.length = optionalLength();
            }
            case "TIMESTAMP" -> {
                b.name = TypeName.TIMESTAMP;
                b.length = optionalLength();
            }
            case "YEAR" -> {
                b.name = TypeName.YEAR;
                b.length = optionalLength();
            }
            case "JSON" -> b.name = TypeName.JSON;
            case "GEOMETRY", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON",
                 "GEOMETRYCOLLECTION" -> b.name = TypeName.valueOf(k);
            default -> throw cursor.errorAt(t);
        }
        if (cast && (b.zerofill || b.unsigned && b.name != TypeName.UNSIGNED)) {
            // CAST accepts neither UNSIGNED nor ZEROFILL after DECIMAL/DOUBLE/FLOAT; numericAttributes already
            // consumed them, so this can only be reached through invalid text
            throw cursor.error();
        }
        return b.build();
    }

    private void integer(Builder b, TypeName name) {
        b.name = name;
        b.length = optionalLength();
        numericAttributes(b, false);
    }

    private void numericAttributes(Builder b, boolean cast) {
        if (cast) {
            return;
        }
        while (true) {
            if (cursor.acceptWord("UNSIGNED")) {
                b.unsigned = true;
            } else if (cursor.acceptWord("SIGNED")) {
                b.unsigned = false;
            } else if (cursor.acceptWord("ZEROFILL")) {
                b.zerofill = true;
                b.unsigned = true;
            } else {
                return;
            }
        }
    }

    private void national(Builder b, String k) {
        b.charset = "utf8mb3";
        boolean varying;
        if (k.equals("NATIONAL")) {
            if (cursor.acceptWord("VARCHAR")) {
                varying = true;
            } else {
                if (!cursor.acceptWord("CHAR")) {
                    cursor.expectWord("CHARACTER");
                }
                varying = cursor.acceptWord("VARYING");
            }
        } else if (k.equals("NCHAR")) {
            varying = cursor.acceptWord("VARCHAR") || cursor.acceptWord("VARYING");
        } else {
            varying = true;
        }
        b.name = varying ? TypeName.VARCHAR : TypeName.CHAR;
        b.length = varying ? Integer.valueOf(requiredLength()) : optionalLength();
        characterAttributes(b);
        b.charset = "utf8mb3";
    }

    private void text(Builder b, TypeName name) {
        b.name = name;
        characterAttributes(b);
    }

    /** {@code [BINARY] [CHARACTER SET cs | CHARSET cs | ASCII | UNICODE | BYTE] [COLLATE c] [BINARY]}. */
    void characterAttributes(Builder b) {
        while (true) {
            if (cursor.isWord("BINARY")) {
                cursor.advance();
                b.binary = true;
            } else if (cursor.isWord("CHARACTER") || cursor.isWord("CHARSET")) {
                if (cursor.advance().keyword().equals("CHARACTER")) {
                    cursor.expectWord("SET");
                }
                b.charset = charset();
            } else if (cursor.acceptWord("ASCII")) {
                b.charset = "latin1";
            } else if (cursor.acceptWord("UNICODE")) {
                b.charset = "ucs2";
            } else if (cursor.acceptWord("BYTE")) {
                b.charset = "binary";
            } else if (cursor.isWord("COLLATE")) {
                cursor.advance();
                b.collation = collation();
            } else {
                return;
            }
        }
    }

    String charset() {
        Token t = cursor.peek();
        if (t.kind() == TokenKind.STRING) {
            cursor.advance();
            return t.text().toLowerCase(java.util.Locale.ROOT);
        }
        if (t.isWord("BINARY")) {
            cursor.advance();
            return "binary";
        }
        String name = cursor.identifier().toLowerCase(java.util.Locale.ROOT);
        return name.equals("utf8") ? "utf8mb3" : name;
    }

    String collation() {
        Token t = cursor.peek();
        if (t.kind() == TokenKind.STRING) {
            cursor.advance();
            return t.text().toLowerCase(java.util.Locale.ROOT);
        }
        if (t.isWord("BINARY")) {
            cursor.advance();
            return "binary";
        }
        return cursor.identifier().toLowerCase(java.util.Locale.ROOT);
    }

    private void precisionAndScale(Builder b) {
        if (cursor.acceptSymbol("(")) {
            b.length = integerValue();
            if (cursor.acceptSymbol(",")) {
                b.scale = integerValue();
            }
            cursor.expectSymbol(")");
        }
    }

    private Integer optionalLength() {
        if (!cursor.isSymbol("(")) {
            return null;
        }
        return requiredLength();
    }

    private int requiredLength() {
        cursor.expectSymbol("(");
        int n = integerValue();
        cursor.expectSymbol(")");
        return n;
    }

    private int integerValue() {
        Token t = cursor.peek();
        if (t.kind() != TokenKind.INTEGER) {
            throw cursor.error();
        }
        cursor.advance();
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            // MySQL rejects absurd lengths later with its own error (e.g. ER_TOO_BIG_DISPLAYWIDTH); keep the max
            return Integer.MAX_VALUE;
        }
    }
}
