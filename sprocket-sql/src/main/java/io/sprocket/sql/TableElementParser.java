package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Column definitions, index and constraint definitions, and table options (CREATE/ALTER TABLE, CREATE INDEX). */
final class TableElementParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final DataTypeParser types;

    TableElementParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
        this.types = expressions.types();
    }

    /** True when the current token starts an index or constraint rather than a column. */
    boolean isConstraintStart() {
        Token t = cursor.peek();
        if (t.kind() != TokenKind.WORD) {
            return false;
        }
        return switch (t.keyword()) {
            case "CONSTRAINT", "PRIMARY", "UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL", "FOREIGN", "CHECK" -> true;
            default -> false;
        };
    }

    TableElement element() {
        if (isConstraintStart()) {
            return constraint();
        }
        return column();
    }

    /** An index or constraint definition. */
    TableElement constraint() {
        String constraintName = null;
        boolean namedConstraint = false;
        if (cursor.acceptWord("CONSTRAINT")) {
            namedConstraint = true;
            if (TokenCursor.isIdentifier(cursor.peek())) {
                constraintName = cursor.identifier();
            }
        }
        Token t = cursor.peek();
        switch (t.kind() == TokenKind.WORD ? t.keyword() : "") {
            case "PRIMARY" -> {
                cursor.advance();
                cursor.expectWord("KEY");
                // MySQL accepts (and ignores) an index name here: a primary key is always named PRIMARY
                optionalIndexName();
                return index(IndexKind.PRIMARY, null, constraintName, false);
            }
            case "UNIQUE" -> {
                cursor.advance();
                if (!cursor.acceptWord("INDEX")) {
                    cursor.acceptWord("KEY");
                }
                return index(IndexKind.UNIQUE, optionalIndexName(), constraintName, false);
            }
            case "FOREIGN" -> {
                cursor.advance();
                cursor.expectWord("KEY");
                String indexName = TokenCursor.isIdentifier(cursor.peek()) ? cursor.identifier() : null;
                List<String> columns = expressions.queries().identifierList();
                return new ForeignKey(constraintName, indexName, columns, references());
            }
            case "CHECK" -> {
                cursor.advance();
                return check(constraintName);
            }
            default -> {
                if (namedConstraint) {
                    throw cursor.error();
                }
            }
        }
        if (cursor.acceptWord("INDEX") || cursor.acceptWord("KEY")) {
            return index(IndexKind.INDEX, optionalIndexName(), null, false);
        }
        if (cursor.acceptWord("FULLTEXT") || cursor.acceptWord("SPATIAL")) {
            IndexKind kind = cursor.previous().keyword().equals("FULLTEXT") ? IndexKind.FULLTEXT : IndexKind.SPATIAL;
            if (!cursor.acceptWord("INDEX")) {
                cursor.acceptWord("KEY");
            }
            return index(kind, optionalIndexName(), null, false);
        }
        throw cursor.error();
    }

    private String optionalIndexName() {
        if (TokenCursor.isIdentifier(cursor.peek()) && !cursor.isWord("USING") && !cursor.isWord("TYPE")) {
            return cursor.identifier();
        }
        return null;
    }

    CheckConstraint check(String name) {
        cursor.expectSymbol("(");
        Expression condition = expressions.expression();
        cursor.expectSymbol(")");
        boolean enforced = true;
        if (cursor.isWord("NOT") && cursor.isWord(1, "ENFORCED")) {
            cursor.advance();
            cursor.advance();
            enforced = false;
        } else {
            cursor.acceptWord("ENFORCED");
        }
        return new CheckConstraint(name, condition, enforced);
    }

    /** After the index keywords and name: {@code [USING type] (parts) [options]}. */
    IndexDefinition index(IndexKind kind, String name, String constraintName, boolean nameRequired) {
        if (nameRequired && name == null) {
            throw cursor.error();
        }
        String indexType = indexType();
        List<IndexPart> parts = indexParts();
        String comment = null;
        boolean invisible = false;
        while (true) {
            String using = indexType();
            if (using != null) {
                indexType = using;
            } else if (cursor.acceptWord("COMMENT")) {
                comment = cursor.expectString();
            } else if (cursor.acceptWord("INVISIBLE")) {
                invisible = true;
            } else if (cursor.acceptWord("VISIBLE")) {
                invisible = false;
            } else if (cursor.acceptWord("KEY_BLOCK_SIZE")) {
                cursor.acceptSymbol("=");
                cursor.advance();
            } else if (cursor.acceptWord("WITH")) {
                cursor.expectWord("PARSER");
                cursor.identifier();
            } else {
                break;
            }
        }
        return new IndexDefinition(kind, name, constraintName, parts, indexType, comment, invisible);
    }

    private String indexType() {
        if (cursor.acceptWord("USING") || cursor.acceptWord("TYPE")) {
            Token t = cursor.peek();
            if (t.isWord("BTREE") || t.isWord("HASH") || t.isWord("RTREE")) {
                cursor.advance();
                return t.keyword();
            }
            throw cursor.error();
        }
        return null;
    }

    private List<IndexPart> indexParts() {
        cursor.expectSymbol("(");
        List<IndexPart> parts = new ArrayList<>();
        do {
            String column = null;
            Expression expression = null;
            Integer length = null;
            if (cursor.acceptSymbol("(")) {
                expression = expressions.expression();
                cursor.expectSymbol(")");
            } else {
                column = cursor.identifier();
                if (cursor.acceptSymbol("(")) {
                    Token n = cursor.peek();
                    if (n.kind() != TokenKind.INTEGER) {
                        throw cursor.error();
                    }
                    cursor.advance();
                    length = n.text().length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(n.text());
                    cursor.expectSymbol(")");
                }
            }
            SortOrder order = SortOrder.DEFAULT;
            if (cursor.acceptWord("ASC")) {
                order = SortOrder.ASC;
            } else if (cursor.acceptWord("DESC")) {
                order = SortOrder.DESC;
            }
            parts.add(new IndexPart(column, expression, length, order));
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        return parts;
    }

    References references() {
        cursor.expectWord("REFERENCES");
        ObjectName table = expressions.queries().objectName();
        List<String> columns = cursor.isSymbol("(") ? expressions.queries().identifierList() : List.of();
        String match = null;
        if (cursor.acceptWord("MATCH")) {
            match = cursor.advance().keyword();
        }
        ReferentialAction onDelete = ReferentialAction.UNSPECIFIED;
        ReferentialAction onUpdate = ReferentialAction.UNSPECIFIED;
        while (cursor.isWord("ON")) {
            cursor.advance();
            boolean delete = cursor.acceptWord("DELETE");
            if (!delete) {
                cursor.expectWord("UPDATE");
            }
            ReferentialAction action = referentialAction();
            if (delete) {
                onDelete = action;
            } else {
                onUpdate = action;
            }
        }
        return new References(table, columns, match, onDelete, onUpdate);
    }

    private ReferentialAction referentialAction() {
        if (cursor.acceptWord("RESTRICT")) {
            return ReferentialAction.RESTRICT;
        }
        if (cursor.acceptWord("CASCADE")) {
            return ReferentialAction.CASCADE;
        }
        if (cursor.acceptWord("SET")) {
            if (cursor.acceptWord("NULL")) {
                return ReferentialAction.SET_NULL;
            }
            cursor.expectWord("DEFAULT");
            return ReferentialAction.SET_DEFAULT;
        }
        cursor.expectWord("NO");
        cursor.expectWord("ACTION");
        return ReferentialAction.NO_ACTION;
    }

    /** {@code name type attributes...}. */
    ColumnDefinition column() {
        String name = cursor.identifier();
        return columnAfterName(name);
    }

    ColumnDefinition columnAfterName(String name) {
        boolean serial = cursor.isWord("SERIAL");
        DataType type = types.dataType(false);
        Nullability nullability = serial ? Nullability.NOT_NULL : Nullability.UNSPECIFIED;
        Expression defaultValue = null;
        boolean defaultIsExpression = false;
        Expression onUpdate = null;
        boolean autoIncrement = serial;
        ColumnKey key = serial ? ColumnKey.UNIQUE : ColumnKey.NONE;
        String comment = null;
        GeneratedColumn generated = null;
        boolean invisible = false;
        List<CheckConstraint> checks = new ArrayList<>();
        References references = null;
        String charset = type.charset();
        String collation = type.collation();
        while (true) {
            Token t = cursor.peek();
            if (t.kind() != TokenKind.WORD) {
                break;
            }
            String k = t.keyword();
            if (k.equals("NOT")) {
                cursor.advance();
                cursor.expectWord("NULL");
                nullability = Nullability.NOT_NULL;
            } else if (k.equals("NULL")) {
                cursor.advance();
                nullability = Nullability.NULL;
            } else if (k.equals("DEFAULT")) {
                cursor.advance();
                if (cursor.acceptSymbol("(")) {
                    defaultValue = expressions.expression();
                    cursor.expectSymbol(")");
                    defaultIsExpression = true;
                } else {
                    defaultValue = defaultLiteral();
                    defaultIsExpression = false;
                }
            } else if (k.equals("ON") && cursor.isWord(1, "UPDATE")) {
                cursor.advance();
                cursor.advance();
                onUpdate = nowFunction();
            } else if (k.equals("AUTO_INCREMENT")) {
                cursor.advance();
                autoIncrement = true;
            } else if (k.equals("SERIAL") && cursor.isWord(1, "DEFAULT") && cursor.isWord(2, "VALUE")) {
                cursor.advance();
                cursor.advance();
                cursor.advance();
                nullability = Nullability.NOT_NULL;
                autoIncrement = true;
                key = ColumnKey.UNIQUE;
            } else if (k.equals("UNIQUE")) {
                cursor.advance();
                cursor.acceptWord("KEY");
                key = key == ColumnKey.PRIMARY ? key : ColumnKey.UNIQUE;
            } else if (k.equals("PRIMARY") || k.equals("KEY")) {
                cursor.advance();
                if (k.equals("PRIMARY")) {
                    cursor.expectWord("KEY");
                }
                key = ColumnKey.PRIMARY;
            } else if (k.equals("COMMENT")) {
                cursor.advance();
                comment = cursor.expectString();
            } else if (k.equals("COLLATE")) {
                cursor.advance();
                collation = types.collation();
            } else if (k.equals("CHARACTER") && cursor.isWord(1, "SET") || k.equals("CHARSET")) {
                cursor.advance();
                if (k.equals("CHARACTER")) {
                    cursor.advance();
                }
                charset = types.charset();
            } else if (k.equals("GENERATED") || k.equals("AS")) {
                cursor.advance();
                if (k.equals("GENERATED")) {
                    cursor.expectWord("ALWAYS");
                    cursor.expectWord("AS");
                }
                cursor.expectSymbol("(");
                Expression e = expressions.expression();
                cursor.expectSymbol(")");
                boolean stored = false;
                if (cursor.acceptWord("STORED")) {
                    stored = true;
                } else {
                    cursor.acceptWord("VIRTUAL");
                }
                generated = new GeneratedColumn(e, stored);
            } else if (k.equals("VISIBLE") || k.equals("INVISIBLE")) {
                cursor.advance();
                invisible = k.equals("INVISIBLE");
            } else if (k.equals("CHECK")) {
                cursor.advance();
                checks.add(check(null));
            } else if (k.equals("CONSTRAINT")) {
                cursor.advance();
                String constraintName = TokenCursor.isIdentifier(cursor.peek()) ? cursor.identifier() : null;
                cursor.expectWord("CHECK");
                checks.add(check(constraintName));
            } else if (k.equals("REFERENCES")) {
                references = references();
            } else if (k.equals("COLUMN_FORMAT") || k.equals("STORAGE")) {
                cursor.advance();
                cursor.advance();
            } else if (k.equals("SRID")) {
                cursor.advance();
                cursor.advance();
            } else {
                break;
            }
        }
        if (!Objects.equals(charset, type.charset()) || !Objects.equals(collation, type.collation())) {
            type = new DataType(type.name(), type.length(), type.scale(), type.unsigned(), type.zerofill(), charset,
                    collation, type.binary(), type.values());
        }
        return new ColumnDefinition(name, type, nullability, defaultValue, defaultIsExpression, onUpdate,
                autoIncrement, key, comment, generated, invisible, checks, references);
    }

    /** MySQL's now_or_signed_literal: a literal, +/- a number, or CURRENT_TIMESTAMP/NOW() and synonyms. */
    Expression defaultLiteral() {
        Token t = cursor.peek();
        if (t.isSymbol("-") || t.isSymbol("+")) {
            cursor.advance();
            Token n = cursor.peek();
            if (n.kind() != TokenKind.INTEGER && n.kind() != TokenKind.DECIMAL && n.kind() != TokenKind.APPROXIMATE) {
                throw cursor.error();
            }
            Expression value = expressions.unary();
            return t.isSymbol("-") ? new UnaryOperation(UnaryOperator.NEGATE, value) : value;
        }
        if (t.kind() == TokenKind.WORD) {
            switch (t.keyword()) {
                case "CURRENT_TIMESTAMP", "NOW", "LOCALTIME", "LOCALTIMESTAMP" -> {
                    return nowFunction();
                }
                case "NULL", "TRUE", "FALSE", "DATE", "TIME", "TIMESTAMP", "\\N" -> {
                    return expressions.unary();
                }
                default -> throw cursor.error();
            }
        }
        return switch (t.kind()) {
            case STRING, NATIONAL_STRING, INTRODUCER, HEX, BIT, INTEGER, DECIMAL, APPROXIMATE -> {
                Expression e = expressions.unary();
                yield e;
            }
            default -> throw cursor.error();
        };
    }

    /** CURRENT_TIMESTAMP[(n)] and its synonyms, normalised to a FunctionCall named CURRENT_TIMESTAMP. */
    private Expression nowFunction() {
        Token t = cursor.peek();
        if (t.kind() != TokenKind.WORD) {
            throw cursor.error();
        }
        String k = t.keyword();
        if (!(k.equals("CURRENT_TIMESTAMP") || k.equals("LOCALTIME") || k.equals("LOCALTIMESTAMP") || k.equals("NOW"))) {
            throw cursor.error();
        }
        cursor.advance();
        List<Expression> args = List.of();
        boolean parens = cursor.acceptSymbol("(");
        if (!parens && k.equals("NOW")) {
            throw cursor.error();
        }
        if (parens) {
            if (cursor.peek().kind() == TokenKind.INTEGER) {
                args = List.of(ExpressionParser.integer(cursor.advance().text()));
            }
            cursor.expectSymbol(")");
        }
        return new FunctionCall(null, "CURRENT_TIMESTAMP", args);
    }

    /** True when the current token starts a table option. */
    boolean isTableOptionStart() {
        Token t = cursor.peek();
        if (t.kind() != TokenKind.WORD) {
            return false;
        }
        return switch (t.keyword()) {
            case "ENGINE", "TYPE", "CHARSET", "COLLATE", "AUTO_INCREMENT", "COMMENT", "ROW_FORMAT", "KEY_BLOCK_SIZE",
                 "AVG_ROW_LENGTH", "CHECKSUM", "TABLE_CHECKSUM", "COMPRESSION", "CONNECTION", "DELAY_KEY_WRITE",
                 "ENCRYPTION", "INSERT_METHOD", "MAX_ROWS", "MIN_ROWS", "PACK_KEYS", "PASSWORD", "STATS_AUTO_RECALC",
                 "STATS_PERSISTENT", "STATS_SAMPLE_PAGES", "TABLESPACE", "SECONDARY_ENGINE", "ENGINE_ATTRIBUTE",
                 "SECONDARY_ENGINE_ATTRIBUTE", "AUTOEXTEND_SIZE" -> true;
            case "CHARACTER" -> cursor.isWord(1, "SET");
            case "DEFAULT" -> cursor.isWord(1, "CHARSET") || cursor.isWord(1, "COLLATE")
                    || cursor.isWord(1, "CHARACTER");
            case "DATA", "INDEX" -> cursor.isWord(1, "DIRECTORY");
            default -> false;
        };
    }

    List<TableOption> tableOptions() {
        List<TableOption> options = new ArrayList<>();
        while (isTableOptionStart()) {
            options.add(tableOption());
            if (cursor.isSymbol(",") && isTableOptionStartAfterComma()) {
                cursor.advance();
            }
        }
        return options;
    }

    private boolean isTableOptionStartAfterComma() {
        int mark = cursor.mark();
        int parameters = cursor.parameterMark();
        cursor.advance();
        boolean result = isTableOptionStart();
        cursor.reset(mark, parameters);
        return result;
    }

    TableOption tableOption() {
        cursor.acceptWord("DEFAULT");
        Token t = cursor.advance();
        String name = switch (t.keyword()) {
            case "CHARSET" -> "CHARACTER SET";
            case "CHARACTER" -> {
                cursor.expectWord("SET");
                yield "CHARACTER SET";
            }
            case "TYPE" -> "ENGINE";
            case "TABLE_CHECKSUM" -> "CHECKSUM";
            case "DATA", "INDEX" -> {
                cursor.expectWord("DIRECTORY");
                yield t.keyword() + " DIRECTORY";
            }
            default -> t.keyword();
        };
        cursor.acceptSymbol("=");
        String value;
        if (name.equals("CHARACTER SET")) {
            value = cursor.isWord("DEFAULT") ? cursor.advance().keyword() : types.charset();
        } else if (name.equals("COLLATE")) {
            value = cursor.isWord("DEFAULT") ? cursor.advance().keyword() : types.collation();
        } else {
            Token v = cursor.peek();
            switch (v.kind()) {
                case STRING, INTEGER, DECIMAL, QUOTED_IDENTIFIER -> value = v.text();
                case WORD -> value = name.equals("ENGINE") || name.equals("TABLESPACE") ? v.text()
                        : v.keyword().toUpperCase(Locale.ROOT);
                default -> throw cursor.error();
            }
            cursor.advance();
        }
        return new TableOption(name, value);
    }
}
