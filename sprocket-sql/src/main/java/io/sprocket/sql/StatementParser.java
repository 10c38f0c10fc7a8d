package io.sprocket.sql;

import io.sprocket.sql.ast.ConditionStatement;
import io.sprocket.sql.ast.ProcedureStatement;
import io.sprocket.sql.ast.Select;
import io.sprocket.sql.ast.SourceSpan;
import io.sprocket.sql.ast.Statement;

import java.util.Objects;
import java.util.Optional;

/**
 * Parses one statement: dispatches on the leading keyword to the family parsers, which share one
 * {@link TokenCursor}. Account management goes to {@link AccountParser}; routine definitions go to {@link RoutineParser}, whose body parser ({@link CompoundParser})
 * reuses {@link #statement()} for the SQL statements inside a body.
 */
final class StatementParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final DmlParser dml;
    private final DdlParser ddl;
    private final SessionParser session;
    private final ShowParser show;
    private final UtilityParser utility;
    private final RoutineParser routines;
    private final CompoundParser compound;
    private final AccountParser accounts;
    private final EventParser events;
    private final TriggerParser triggers;
    private final ViewParser views;

    StatementParser(TokenCursor cursor) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = new ExpressionParser(cursor);
        this.dml = new DmlParser(cursor, expressions);
        this.ddl = new DdlParser(cursor, expressions);
        this.session = new SessionParser(cursor, expressions);
        this.show = new ShowParser(cursor, expressions);
        this.utility = new UtilityParser(cursor, expressions, this);
        this.compound = new CompoundParser(cursor, expressions, this);
        this.routines = new RoutineParser(cursor, expressions, compound);
        this.accounts = new AccountParser(cursor);
        this.events = new EventParser(cursor, expressions, compound);
        this.triggers = new TriggerParser(cursor, expressions, compound);
        this.views = new ViewParser(cursor, expressions);
    }

    static Optional<ParsedStatement> parseNext(String text, int offset, ParserOptions options) {
        String sql = stripTrailingTerminators(text);
        if (offset >= sql.length()) {
            return Optional.empty();
        }
        int lineBase = skipWhitespace(sql, offset);
        TokenCursor cursor = new TokenCursor(sql, offset, lineBase, options);
        Token first = cursor.peek();
        if (first.kind() == TokenKind.END) {
            return Optional.empty();
        }
        if (first.kind() == TokenKind.ERROR) {
            // only an unterminated comment remains: MySQL treats the text as empty
            if (first.start() < sql.length() && sql.startsWith("/*", first.start())) {
                return Optional.empty();
            }
            throw cursor.error();
        }
        int start = first.start();
        Statement statement = new StatementParser(cursor).statement();
        int end = cursor.previous().end();
        int next;
        if (cursor.isSymbol(";")) {
            next = cursor.peek().end();
        } else if (cursor.peek().kind() == TokenKind.END) {
            next = text.length();
        } else {
            throw cursor.error();
        }
        return Optional.of(new ParsedStatement(statement, sql.substring(start, end), new SourceSpan(start, end), next,
                cursor.parameterCount()));
    }

    /** A syntax error at the first token at or after offset, or null when only whitespace and comments remain. */
    static SqlSyntaxException errorIfMoreText(String text, int offset, ParserOptions options) {
        String sql = stripTrailingTerminators(text);
        if (offset >= sql.length()) {
            return null;
        }
        TokenCursor cursor = new TokenCursor(sql, offset, skipWhitespace(sql, 0), options);
        return cursor.peek().kind() == TokenKind.END ? null : cursor.error();
    }

    /**
     * MySQL drops trailing whitespace and semicolons from the query text before parsing (so "SELECT 1;;" is
     * one statement and "SELECT 1 FROM;" fails near ''); a prefix keeps every offset valid.
     */
    static String stripTrailingTerminators(String sql) {
        int end = sql.length();
        while (end > 0 && (sql.charAt(end - 1) == ';' || Character.isWhitespace(sql.charAt(end - 1)))) {
            end--;
        }
        return end == sql.length() ? sql : sql.substring(0, end);
    }

    private static int skipWhitespace(String sql, int offset) {
        int p = offset;
        while (p < sql.length() && Character.isWhitespace(sql.charAt(p))) {
            p++;
        }
        return p;
    }

    /** A SELECT (or TABLE / VALUES / WITH query), e.g. the query of DECLARE ... CURSOR FOR. */
    Select select() {
        return dml.select();
    }

    Statement statement() {
        Token t = cursor.peek();
        if (t.kind() == TokenKind.SYMBOL && t.text().equals("(")) {
            return dml.select();
        }
        if (t.kind() != TokenKind.WORD) {
            throw cursor.error();
        }
        return switch (t.keyword()) {
            case "SELECT", "WITH", "TABLE", "VALUES" -> dml.statementStartingWith(t.keyword());
            case "INSERT", "REPLACE" -> dml.insert();
            case "UPDATE" -> dml.update();
            case "DELETE" -> dml.delete();
            case "CALL" -> dml.call();
            case "DO" -> dml.doStatement();
            case "CREATE", "ALTER", "DROP" -> ViewParser.startsViewStatement(cursor) ? views.statement()
                    : TriggerParser.startsTriggerStatement(cursor) ? triggers.statement()
                    : AccountParser.startsAccountStatement(cursor) ? accounts.statement()
                    : EventParser.startsEventStatement(cursor) ? events.statement()
                    : RoutineParser.startsRoutineStatement(cursor) ? routines.statement() : ddl.statement();
            case "RENAME" -> AccountParser.startsAccountStatement(cursor) ? accounts.statement() : ddl.statement();
            case "TRUNCATE" -> ddl.statement();
            case "GRANT", "REVOKE" -> accounts.statement();
            case "SET" -> AccountParser.startsAccountStatement(cursor) ? accounts.statement() : session.statement();
            case "USE", "START", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PREPARE", "EXECUTE",
                 "DEALLOCATE" -> session.statement();
            case "SHOW" -> show.show();
            case "DESCRIBE", "DESC", "EXPLAIN" -> utility.explainOrDescribe();
            case "SIGNAL", "RESIGNAL", "GET" -> {
                ProcedureStatement s = compound.statement();
                yield new ConditionStatement(s, cursor.sql().substring(t.start(), cursor.previous().end()));
            }
            case "KILL", "FLUSH", "LOCK", "UNLOCK", "ANALYZE", "OPTIMIZE", "CHECK", "REPAIR", "CHECKSUM", "HELP" ->
                    utility.statement();
            default -> throw cursor.error();
        };
    }
}
