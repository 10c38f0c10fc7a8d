package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** USE, SET (variables, NAMES, CHARACTER SET, TRANSACTION), transaction control and prepared statements. */
final class SessionParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    SessionParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
    }

    Statement statement() {
        Token t = cursor.advance();
        return switch (t.keyword()) {
            case "USE" -> new Use(cursor.identifier());
            case "SET" -> set();
            case "START" -> {
                cursor.expectWord("TRANSACTION");
                yield startTransaction();
            }
            case "BEGIN" -> {
                cursor.acceptWord("WORK");
                yield new StartTransaction(false, null);
            }
            case "COMMIT" -> {
                cursor.acceptWord("WORK");
                yield new Commit(chain(), release());
            }
            case "ROLLBACK" -> rollback();
            case "SAVEPOINT" -> new Savepoint(cursor.identifier());
            case "RELEASE" -> {
                cursor.expectWord("SAVEPOINT");
                yield new ReleaseSavepoint(cursor.identifier());
            }
            case "PREPARE" -> prepare();
            case "EXECUTE" -> execute();
            case "DEALLOCATE" -> {
                cursor.expectWord("PREPARE");
                yield new DeallocatePrepare(cursor.identifier());
            }
            default -> throw cursor.errorAt(t);
        };
    }

    private StartTransaction startTransaction() {
        boolean snapshot = false;
        TransactionAccessMode mode = null;
        if (!cursor.atStatementEnd()) {
            do {
                if (cursor.acceptWord("WITH")) {
                    cursor.expectWord("CONSISTENT");
                    cursor.expectWord("SNAPSHOT");
                    snapshot = true;
                } else {
                    cursor.expectWord("READ");
                    if (cursor.acceptWord("ONLY")) {
                        mode = TransactionAccessMode.READ_ONLY;
                    } else {
                        cursor.expectWord("WRITE");
                        mode = TransactionAccessMode.READ_WRITE;
                    }
                }
            } while (cursor.acceptSymbol(","));
        }
        return new StartTransaction(snapshot, mode);
    }

    private CompletionOption chain() {
        if (cursor.acceptWord("AND")) {
            boolean no = cursor.acceptWord("NO");
            cursor.expectWord("CHAIN");
            return no ? CompletionOption.NO : CompletionOption.YES;
        }
        return CompletionOption.DEFAULT;
    }

    private CompletionOption release() {
        if (cursor.isWord("NO") && cursor.isWord(1, "RELEASE")) {
            cursor.advance();
            cursor.advance();
            return CompletionOption.NO;
        }
        return cursor.acceptWord("RELEASE") ? CompletionOption.YES : CompletionOption.DEFAULT;
    }

    private Statement rollback() {
        cursor.acceptWord("WORK");
        if (cursor.acceptWord("TO")) {
            cursor.acceptWord("SAVEPOINT");
            return new RollbackToSavepoint(cursor.identifier());
        }
        return new Rollback(chain(), release());
    }

    private Statement prepare() {
        String name = cursor.identifier();
        cursor.expectWord("FROM");
        Token t = cursor.peek();
        Expression source;
        if (t.kind() == TokenKind.USER_VARIABLE) {
            cursor.advance();
            source = new UserVariable(t.text());
        } else if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.INTRODUCER
                || t.kind() == TokenKind.NATIONAL_STRING) {
            source = expressions.unary();
        } else {
            throw cursor.error();
        }
        return new Prepare(name, source);
    }

    private Statement execute() {
        String name = cursor.identifier();
        List<String> variables = new ArrayList<>();
        if (cursor.acceptWord("USING")) {
            do {
                Token t = cursor.peek();
                if (t.kind() != TokenKind.USER_VARIABLE) {
                    throw cursor.error();
                }
                cursor.advance();
                variables.add(t.text());
            } while (cursor.acceptSymbol(","));
        }
        return new Execute(name, variables);
    }

    private Statement set() {
        VariableScope leading = scopeKeyword(cursor.peek());
        if (cursor.isWord("TRANSACTION") || leading != null && cursor.isWord(1, "TRANSACTION")) {
            if (leading != null) {
                cursor.advance();
            }
            cursor.expectWord("TRANSACTION");
            return setTransaction(leading == null ? VariableScope.UNQUALIFIED : leading);
        }
        if (cursor.isWords2("RESOURCE", "GROUP")) {
            // SET PASSWORD / ROLE / DEFAULT ROLE are account statements (AccountParser); resource groups are not
            // parsed: refuse rather than mistake RESOURCE for a variable
            throw cursor.error();
        }
        List<VariableAssignment> assignments = new ArrayList<>();
        do {
            assignments.add(assignment());
        } while (cursor.acceptSymbol(","));
        return new SetVariables(assignments);
    }

    private static VariableScope scopeKeyword(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return null;
        }
        return switch (t.keyword()) {
            case "GLOBAL" -> VariableScope.GLOBAL;
            case "SESSION", "LOCAL" -> VariableScope.SESSION;
            case "PERSIST" -> VariableScope.PERSIST;
            case "PERSIST_ONLY" -> VariableScope.PERSIST_ONLY;
            default -> null;
        };
    }

    private SetTransaction setTransaction(VariableScope scope) {
        IsolationLevel level = null;
        TransactionAccessMode mode = null;
        do {
            if (cursor.acceptWord("ISOLATION")) {
                cursor.expectWord("LEVEL");
                if (cursor.acceptWord("REPEATABLE")) {
                    cursor.expectWord("READ");
                    level = IsolationLevel.REPEATABLE_READ;
                } else if (cursor.acceptWord("SERIALIZABLE")) {
                    level = IsolationLevel.SERIALIZABLE;
                } else {
                    cursor.expectWord("READ");
                    if (cursor.acceptWord("COMMITTED")) {
                        level = IsolationLevel.READ_COMMITTED;
                    } else {
                        cursor.expectWord("UNCOMMITTED");
                        level = IsolationLevel.READ_UNCOMMITTED;
                    }
                }
            } else {
                cursor.expectWord("READ");
                if (cursor.acceptWord("ONLY")) {
                    mode = TransactionAccessMode.READ_ONLY;
                } else {
                    cursor.expectWord("WRITE");
                    mode = TransactionAccessMode.READ_WRITE;
                }
            }
        } while (cursor.acceptSymbol(","));
        return new SetTransaction(scope, level, mode);
    }

    private VariableAssignment assignment() {
        Token t = cursor.peek();
        if (t.kind() == TokenKind.USER_VARIABLE) {
            cursor.advance();
            assignOperator();
            return new UserVariableAssignment(t.text(), expressions.expression());
        }
        if (t.isSymbol("@@")) {
            cursor.advance();
            SystemVariable variable = expressions.systemVariable();
            assignOperator();
            return new SystemVariableAssignment(variable.scope(), variable.name(), value());
        }
        if (t.isWord("NAMES") && !cursor.isSymbol(1, "=") && !cursor.isSymbol(1, ":=")) {
            cursor.advance();
            if (cursor.acceptWord("DEFAULT")) {
                return new SetNames(null, null);
            }
            String charset = expressions.types().charset();
            String collation = cursor.acceptWord("COLLATE") ? expressions.types().collation() : null;
            return new SetNames(charset, collation);
        }
        if (t.isWord("CHARACTER") && cursor.isWord(1, "SET")
                || t.isWord("CHARSET") && !cursor.isSymbol(1, "=") && !cursor.isSymbol(1, ":=")) {
            cursor.advance();
            if (t.isWord("CHARACTER")) {
                cursor.advance();
            }
            if (cursor.acceptWord("DEFAULT")) {
                return new SetCharacterSet(null);
            }
            return new SetCharacterSet(expressions.types().charset());
        }
        VariableScope scope = scopeKeyword(t);
        if (scope != null && !cursor.isSymbol(1, "=") && !cursor.isSymbol(1, ":=")) {
            cursor.advance();
        } else {
            scope = VariableScope.UNQUALIFIED;
        }
        String name = cursor.identifier();
        if (cursor.isSymbol(".") && !cursor.isSymbol(1, "=")) {
            cursor.advance();
            name = name + "." + cursor.anyName();
        }
        assignOperator();
        return new SystemVariableAssignment(scope, name, value());
    }

    private void assignOperator() {
        if (!cursor.acceptSymbol("=")) {
            cursor.expectSymbol(":=");
        }
    }

    /** MySQL's set_expr_or_default: an expression, DEFAULT, or one of the bare words ON, ALL, BINARY, ROW, SYSTEM. */
    private Expression value() {
        Token t = cursor.peek();
        if (t.kind() == TokenKind.WORD) {
            switch (t.keyword()) {
                case "ON", "ALL", "BINARY", "ROW", "SYSTEM" -> {
                    Token after = cursor.peek(1);
                    if (after.kind() == TokenKind.END || after.isSymbol(";") || after.isSymbol(",")) {
                        cursor.advance();
                        return new ColumnRef(null, null, t.text());
                    }
                }
                default -> {
                }
            }
        }
        return expressions.expression();
    }
}
