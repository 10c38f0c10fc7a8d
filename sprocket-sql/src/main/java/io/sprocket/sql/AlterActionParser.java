package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One comma-separated item of ALTER TABLE (table options may yield several actions' worth in one item). */
final class AlterActionParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final TableElementParser elements;

    AlterActionParser(TokenCursor cursor, ExpressionParser expressions, TableElementParser elements) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
        this.elements = Objects.requireNonNull(elements, "elements");
    }

    List<AlterAction> action() {
        if (elements.isTableOptionStart()) {
            return List.of(new SetTableOptions(elements.tableOptions()));
        }
        Token t = cursor.peek();
        if (t.kind() != TokenKind.WORD) {
            throw cursor.error();
        }
        String k = t.keyword();
        cursor.advance();
        return List.of(switch (k) {
            case "ADD" -> add();
            case "DROP" -> drop();
            case "MODIFY" -> {
                cursor.acceptWord("COLUMN");
                ColumnDefinition column = elements.column();
                yield new ModifyColumn(column, position());
            }
            case "CHANGE" -> {
                cursor.acceptWord("COLUMN");
                String old = cursor.identifier();
                ColumnDefinition column = elements.column();
                yield new ChangeColumn(old, column, position());
            }
            case "RENAME" -> rename();
            case "ALTER" -> alter();
            case "CONVERT" -> {
                cursor.expectWord("TO");
                if (!cursor.acceptWord("CHARSET")) {
                    cursor.expectWord("CHARACTER");
                    cursor.expectWord("SET");
                }
                String charset = cursor.isWord("DEFAULT") ? cursor.advance().keyword() : expressions.types().charset();
                String collation = cursor.acceptWord("COLLATE") ? expressions.types().collation() : null;
                yield new ConvertToCharset(charset, collation);
            }
            case "ALGORITHM", "LOCK" -> {
                cursor.acceptSymbol("=");
                yield new AlterTableClause(k, cursor.advance().keyword());
            }
            case "FORCE" -> new AlterTableClause(k, null);
            case "ENABLE", "DISABLE" -> {
                cursor.expectWord("KEYS");
                yield new AlterTableClause(k + " KEYS", null);
            }
            case "WITH", "WITHOUT" -> {
                cursor.expectWord("VALIDATION");
                yield new AlterTableClause(k + " VALIDATION", null);
            }
            default -> throw cursor.errorAt(t);
        });
    }

    private AlterAction add() {
        boolean column = cursor.acceptWord("COLUMN");
        if (!column && elements.isConstraintStart()) {
            TableElement element = elements.constraint();
            return switch (element) {
                case IndexDefinition index -> new AddIndex(index);
                case CheckConstraint check -> new AddCheckConstraint(check);
                case ForeignKey foreignKey -> new AddForeignKey(foreignKey);
                case ColumnDefinition def -> new AddColumns(List.of(def), null);
            };
        }
        if (cursor.acceptSymbol("(")) {
            List<ColumnDefinition> columns = new ArrayList<>();
            do {
                columns.add(elements.column());
            } while (cursor.acceptSymbol(","));
            cursor.expectSymbol(")");
            return new AddColumns(columns, null);
        }
        ColumnDefinition def = elements.column();
        return new AddColumns(List.of(def), position());
    }

    private ColumnPosition position() {
        if (cursor.acceptWord("FIRST")) {
            return new ColumnPosition(true, null);
        }
        if (cursor.acceptWord("AFTER")) {
            return new ColumnPosition(false, cursor.identifier());
        }
        return null;
    }

    private AlterAction drop() {
        if (cursor.acceptWord("INDEX") || cursor.acceptWord("KEY")) {
            return new DropKey(cursor.identifier());
        }
        if (cursor.acceptWord("PRIMARY")) {
            cursor.expectWord("KEY");
            return new DropPrimaryKey();
        }
        if (cursor.acceptWord("FOREIGN")) {
            cursor.expectWord("KEY");
            return new DropForeignKey(cursor.identifier());
        }
        if (cursor.acceptWord("CHECK")) {
            return new DropCheckConstraint(cursor.identifier());
        }
        if (cursor.acceptWord("CONSTRAINT")) {
            return new DropConstraint(cursor.identifier());
        }
        cursor.acceptWord("COLUMN");
        String name = cursor.identifier();
        if (!cursor.acceptWord("RESTRICT")) {
            cursor.acceptWord("CASCADE");
        }
        return new DropColumn(name);
    }

    private AlterAction rename() {
        if (cursor.acceptWord("COLUMN")) {
            String from = cursor.identifier();
            cursor.expectWord("TO");
            return new RenameColumn(from, cursor.identifier());
        }
        if (cursor.acceptWord("INDEX") || cursor.acceptWord("KEY")) {
            String from = cursor.identifier();
            cursor.expectWord("TO");
            return new RenameIndex(from, cursor.identifier());
        }
        if (!cursor.acceptWord("TO")) {
            cursor.acceptWord("AS");
        }
        return new RenameTo(expressions.queries().objectName());
    }

    private AlterAction alter() {
        if (cursor.acceptWord("INDEX")) {
            String name = cursor.identifier();
            if (cursor.acceptWord("VISIBLE")) {
                return new AlterIndexVisibility(name, false);
            }
            cursor.expectWord("INVISIBLE");
            return new AlterIndexVisibility(name, true);
        }
        if (cursor.isWord("CHECK") || cursor.isWord("CONSTRAINT")) {
            boolean checkOnly = cursor.advance().keyword().equals("CHECK");
            String name = cursor.identifier();
            boolean enforced = !cursor.acceptWord("NOT");
            cursor.expectWord("ENFORCED");
            return new AlterConstraintEnforcement(name, checkOnly, enforced);
        }
        cursor.acceptWord("COLUMN");
        String column = cursor.identifier();
        if (cursor.acceptWord("SET")) {
            if (cursor.acceptWord("VISIBLE")) {
                return new AlterColumnVisibility(column, false);
            }
            if (cursor.acceptWord("INVISIBLE")) {
                return new AlterColumnVisibility(column, true);
            }
            cursor.expectWord("DEFAULT");
            if (cursor.acceptSymbol("(")) {
                Expression e = expressions.expression();
                cursor.expectSymbol(")");
                return new AlterColumnDefault(column, e, true);
            }
            return new AlterColumnDefault(column, elements.defaultLiteral(), false);
        }
        cursor.expectWord("DROP");
        cursor.expectWord("DEFAULT");
        return new AlterColumnDefault(column, null, false);
    }
}
