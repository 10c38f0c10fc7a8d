package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** EXPLAIN/DESCRIBE, KILL, FLUSH, LOCK/UNLOCK TABLES, ANALYZE/OPTIMIZE/CHECK/REPAIR/CHECKSUM TABLE, HELP. */
final class UtilityParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final StatementParser statements;

    UtilityParser(TokenCursor cursor, ExpressionParser expressions, StatementParser statements) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
        this.statements = Objects.requireNonNull(statements, "statements");
    }

    Statement explainOrDescribe() {
        cursor.advance();
        boolean analyze = false;
        String format = null;
        if (cursor.acceptWord("ANALYZE")) {
            analyze = true;
        }
        if (cursor.acceptWord("EXTENDED") || cursor.acceptWord("PARTITIONS")) {
            // pre-8.0 modifiers; 8.0 rejects them, keep the behaviour simple: accepted and ignored
        }
        if (cursor.acceptWord("FORMAT")) {
            cursor.expectSymbol("=");
            format = cursor.advance().text();
        }
        Token t = cursor.peek();
        boolean statementFollows = t.isSymbol("(") || t.kind() == TokenKind.WORD && switch (t.keyword()) {
            case "SELECT", "WITH", "TABLE", "VALUES", "INSERT", "REPLACE", "UPDATE", "DELETE" -> true;
            default -> false;
        };
        if (t.isWord("TABLE") && !cursor.isWord(1, "ROW")) {
            // EXPLAIN TABLE t is a statement; DESCRIBE TABLE is not valid MySQL anyway
            statementFollows = true;
        }
        if (statementFollows || analyze || format != null) {
            return new Explain(format, analyze, statements.statement());
        }
        if (cursor.acceptWord("FOR")) {
            cursor.expectWord("CONNECTION");
            return new Explain(format, false, new Kill(false, expressions.expression()));
        }
        ObjectName table = expressions.queries().objectName();
        ShowFilter filter = null;
        Token column = cursor.peek();
        if (column.kind() == TokenKind.STRING) {
            cursor.advance();
            filter = new ShowLike(column.text());
        } else if (TokenCursor.isIdentifier(column)) {
            cursor.advance();
            filter = new ShowLike(column.text());
        }
        return new ShowColumns(false, table, filter);
    }

    Statement statement() {
        Token t = cursor.advance();
        return switch (t.keyword()) {
            case "KILL" -> {
                boolean query = false;
                if (cursor.acceptWord("QUERY")) {
                    query = true;
                } else {
                    cursor.acceptWord("CONNECTION");
                }
                yield new Kill(query, expressions.expression());
            }
            case "FLUSH" -> flush();
            case "LOCK" -> lockTables();
            case "UNLOCK" -> {
                if (!cursor.acceptWord("TABLES")) {
                    cursor.expectWord("TABLE");
                }
                yield new UnlockTables();
            }
            case "ANALYZE", "OPTIMIZE", "CHECK", "REPAIR", "CHECKSUM" -> maintenance(t.keyword());
            case "HELP" -> new Help(cursor.identifierOrText());
            default -> throw cursor.errorAt(t);
        };
    }

    private Statement flush() {
        boolean local = cursor.acceptWord("NO_WRITE_TO_BINLOG") || cursor.acceptWord("LOCAL");
        List<String> options = new ArrayList<>();
        if (cursor.atStatementEnd()) {
            throw cursor.error();
        }
        while (!cursor.atStatementEnd()) {
            Token t = cursor.advance();
            if (t.kind() == TokenKind.ERROR) {
                throw cursor.errorAt(t);
            }
            if (t.kind() == TokenKind.WORD) {
                options.add(t.keyword());
            } else if (!t.isSymbol(",")) {
                options.add(t.text());
            }
        }
        return new Flush(local, options);
    }

    private Statement lockTables() {
        if (!cursor.acceptWord("TABLES")) {
            cursor.expectWord("TABLE");
        }
        List<TableLock> locks = new ArrayList<>();
        do {
            ObjectName table = expressions.queries().objectName();
            String alias = null;
            if (cursor.acceptWord("AS")) {
                alias = cursor.identifier();
            } else if (TokenCursor.isIdentifier(cursor.peek()) && !cursor.isWord("READ") && !cursor.isWord("WRITE")
                    && !cursor.isWord("LOW_PRIORITY")) {
                alias = cursor.identifier();
            }
            TableLockType type;
            if (cursor.acceptWord("READ")) {
                type = cursor.acceptWord("LOCAL") ? TableLockType.READ_LOCAL : TableLockType.READ;
            } else if (cursor.acceptWord("LOW_PRIORITY")) {
                cursor.expectWord("WRITE");
                type = TableLockType.LOW_PRIORITY_WRITE;
            } else {
                cursor.expectWord("WRITE");
                type = TableLockType.WRITE;
            }
            locks.add(new TableLock(table, alias, type));
        } while (cursor.acceptSymbol(","));
        return new LockTables(locks);
    }

    private Statement maintenance(String keyword) {
        MaintenanceOperation operation = MaintenanceOperation.valueOf(keyword);
        if (operation != MaintenanceOperation.CHECK && operation != MaintenanceOperation.CHECKSUM) {
            if (!cursor.acceptWord("NO_WRITE_TO_BINLOG")) {
                cursor.acceptWord("LOCAL");
            }
        }
        if (!cursor.acceptWord("TABLE")) {
            cursor.expectWord("TABLES");
        }
        List<ObjectName> tables = new ArrayList<>();
        do {
            tables.add(expressions.queries().objectName());
        } while (cursor.acceptSymbol(","));
        List<String> options = new ArrayList<>();
        while (cursor.peek().kind() == TokenKind.WORD && !cursor.atStatementEnd()) {
            Token t = cursor.peek();
            switch (t.keyword()) {
                case "QUICK", "FAST", "MEDIUM", "EXTENDED", "CHANGED", "USE_FRM" -> {
                    cursor.advance();
                    options.add(t.keyword());
                }
                case "FOR" -> {
                    cursor.advance();
                    cursor.expectWord("UPGRADE");
                    options.add("FOR UPGRADE");
                }
                default -> throw cursor.error();
            }
        }
        return new TableMaintenance(operation, tables, options);
    }
}
