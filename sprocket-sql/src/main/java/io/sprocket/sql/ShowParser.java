package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** SHOW statements. DESCRIBE t lives in {@link UtilityParser} but also produces {@link ShowColumns}. */
final class ShowParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    ShowParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
    }

    Statement show() {
        cursor.expectWord("SHOW");
        Token t = cursor.peek();
        if (t.kind() != TokenKind.WORD) {
            throw cursor.error();
        }
        cursor.advance();
        switch (t.keyword()) {
            case "DATABASES", "SCHEMAS" -> {
                return new ShowDatabases(filter());
            }
            case "EXTENDED" -> {
                boolean full = cursor.acceptWord("FULL");
                return tablesColumnsOrIndex(full);
            }
            case "FULL" -> {
                if (cursor.acceptWord("PROCESSLIST")) {
                    return new ShowProcessList(true);
                }
                return tablesColumnsOrIndex(true);
            }
            case "TABLES", "COLUMNS", "FIELDS", "INDEX", "INDEXES", "KEYS" -> {
                cursor.reset(cursor.mark() - 1, cursor.parameterMark());
                return tablesColumnsOrIndex(false);
            }
            case "CREATE" -> {
                return showCreate();
            }
            case "GLOBAL", "SESSION", "LOCAL" -> {
                VariableScope scope = t.keyword().equals("GLOBAL") ? VariableScope.GLOBAL : VariableScope.SESSION;
                if (cursor.acceptWord("VARIABLES")) {
                    return new ShowVariables(scope, filter());
                }
                cursor.expectWord("STATUS");
                return new ShowStatus(scope, filter());
            }
            case "VARIABLES" -> {
                return new ShowVariables(VariableScope.DEFAULT, filter());
            }
            case "STATUS" -> {
                return new ShowStatus(VariableScope.DEFAULT, filter());
            }
            case "WARNINGS" -> {
                return new ShowWarnings(optionalLimit());
            }
            case "ERRORS" -> {
                return new ShowErrors(optionalLimit());
            }
            case "COUNT" -> {
                cursor.expectSymbol("(");
                cursor.expectSymbol("*");
                cursor.expectSymbol(")");
                if (cursor.acceptWord("WARNINGS")) {
                    return new ShowWarningCount();
                }
                cursor.expectWord("ERRORS");
                return new ShowErrorCount();
            }
            case "PROCESSLIST" -> {
                return new ShowProcessList(false);
            }
            case "STORAGE" -> {
                cursor.expectWord("ENGINES");
                return new ShowEngines();
            }
            case "ENGINES" -> {
                return new ShowEngines();
            }
            case "CHARACTER" -> {
                cursor.expectWord("SET");
                return new ShowCharacterSet(filter());
            }
            case "CHARSET" -> {
                return new ShowCharacterSet(filter());
            }
            case "COLLATION" -> {
                return new ShowCollation(filter());
            }
            case "TABLE" -> {
                cursor.expectWord("STATUS");
                String db = fromDatabase();
                return new ShowTableStatus(db, filter());
            }
            case "EVENTS" -> {
                String db = fromDatabase();
                return new ShowEvents(db, filter());
            }
            case "PROCEDURE", "FUNCTION" -> {
                cursor.expectWord("STATUS");
                RoutineKind kind = RoutineKind.valueOf(t.keyword());
                return new ShowRoutineStatus(kind, filter());
            }
            case "TRIGGERS" -> {
                String db = fromDatabase();
                return new ShowTriggers(db, filter());
            }
            case "GRANTS" -> {
                AccountRef account = null;
                List<AccountRef> using = new ArrayList<>();
                if (cursor.acceptWord("FOR")) {
                    account = account();
                    if (cursor.acceptWord("USING")) {
                        do {
                            if (cursor.isWord("CURRENT_USER")) {
                                throw cursor.error();
                            }
                            using.add(account());
                        } while (cursor.acceptSymbol(","));
                    }
                }
                return new ShowGrants(account, using);
            }
            case "PRIVILEGES" -> {
                return new ShowPrivileges();
            }
            case "OPEN" -> {
                cursor.expectWord("TABLES");
                String db = fromDatabase();
                return new ShowOpenTables(db, filter());
            }
            case "PLUGINS" -> {
                return new ShowPlugins();
            }
            case "MASTER", "BINARY" -> {
                if (cursor.acceptWord("LOGS")) {
                    return new ShowBinaryLogs();
                }
                if (t.keyword().equals("BINARY") && cursor.acceptWord("LOG")) {
                    cursor.expectWord("STATUS");
                    return new ShowMasterStatus();
                }
                if (t.keyword().equals("MASTER")) {
                    cursor.expectWord("STATUS");
                    return new ShowMasterStatus();
                }
                throw cursor.error();
            }
            default -> throw cursor.errorAt(t);
        }
    }

    private Statement tablesColumnsOrIndex(boolean full) {
        if (cursor.acceptWord("TABLES")) {
            String db = fromDatabase();
            return new ShowTables(full, db, filter());
        }
        if (cursor.acceptWord("COLUMNS") || cursor.acceptWord("FIELDS")) {
            ObjectName table = tableFrom();
            return new ShowColumns(full, table, filter());
        }
        if (!full && (cursor.acceptWord("INDEX") || cursor.acceptWord("INDEXES") || cursor.acceptWord("KEYS"))) {
            ObjectName table = tableFrom();
            Expression where = cursor.acceptWord("WHERE") ? expressions.expression() : null;
            return new ShowIndex(table, where);
        }
        throw cursor.error();
    }

    /** {@code FROM|IN t [FROM|IN db]}. */
    private ObjectName tableFrom() {
        if (!cursor.acceptWord("FROM")) {
            cursor.expectWord("IN");
        }
        ObjectName table = expressions.queries().objectName();
        if (cursor.acceptWord("FROM") || cursor.acceptWord("IN")) {
            table = new ObjectName(cursor.identifier(), table.name());
        }
        return table;
    }

    private String fromDatabase() {
        if (cursor.acceptWord("FROM") || cursor.acceptWord("IN")) {
            return cursor.identifier();
        }
        return null;
    }

    private ShowFilter filter() {
        if (cursor.acceptWord("LIKE")) {
            return new ShowLike(cursor.expectString());
        }
        if (cursor.acceptWord("WHERE")) {
            return new ShowWhere(expressions.expression());
        }
        return null;
    }

    private Limit optionalLimit() {
        return cursor.isWord("LIMIT") ? expressions.queries().limit() : null;
    }

    private Statement showCreate() {
        if (cursor.acceptWord("DATABASE") || cursor.acceptWord("SCHEMA")) {
            boolean ifNotExists = false;
            if (cursor.acceptWord("IF")) {
                cursor.expectWord("NOT");
                cursor.expectWord("EXISTS");
                ifNotExists = true;
            }
            return new ShowCreateDatabase(ifNotExists, cursor.identifier());
        }
        if (cursor.acceptWord("TABLE")) {
            return new ShowCreateTable(expressions.queries().objectName());
        }
        Token t = cursor.peek();
        ShowCreateKind kind = switch (t.kind() == TokenKind.WORD ? t.keyword() : "") {
            case "VIEW" -> ShowCreateKind.VIEW;
            case "PROCEDURE" -> ShowCreateKind.PROCEDURE;
            case "FUNCTION" -> ShowCreateKind.FUNCTION;
            case "TRIGGER" -> ShowCreateKind.TRIGGER;
            case "EVENT" -> ShowCreateKind.EVENT;
            case "USER" -> ShowCreateKind.USER;
            default -> throw cursor.error();
        };
        cursor.advance();
        if (kind == ShowCreateKind.USER) {
            return new ShowCreateUser(account());
        }
        return new ShowCreate(kind, expressions.queries().objectName());
    }

    AccountRef account() {
        return cursor.account();
    }
}
