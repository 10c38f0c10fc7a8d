package io.sprocket.sql;

import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entry points of the SQL parser. Stateless and thread-safe; each call tokenises and parses independently.
 *
 * <p>Multi-statement text (COM_QUERY with CLIENT_MULTI_STATEMENTS) is parsed one statement at a time with
 * {@link #parseNext}, so the engine runs statement 1 before statement 2 is parsed: as in MySQL, a syntax error in
 * statement 2 is reported after statement 1 has run.
 */
public final class Parser {
    private Parser() {
    }

    /** Parses exactly one statement (an optional trailing ';' is allowed). */
    public static Statement parse(String sql) {
        return parse(sql, ParserOptions.DEFAULT);
    }

    /**
     * Parses exactly one statement (an optional trailing ';' is allowed).
     *
     * @throws EmptyQueryException  when the text holds no statement
     * @throws SqlSyntaxException   on a syntax error, or when more text follows the statement
     */
    public static Statement parse(String sql, ParserOptions options) {
        return parseSingle(sql, options).statement();
    }

    /** Like {@link #parse(String, ParserOptions)} but also returns source text and parameter count. */
    public static ParsedStatement parseSingle(String sql, ParserOptions options) {
        ParsedStatement first = parseNext(sql, 0, options).orElseThrow(EmptyQueryException::new);
        if (first.nextOffset() < sql.length()) {
            SqlSyntaxException trailing = StatementParser.errorIfMoreText(sql, first.nextOffset(), options);
            if (trailing != null) {
                throw trailing;
            }
        }
        return first;
    }

    /**
     * Parses a lone expression, e.g. a DEFAULT or CHECK text kept in the catalog or produced by
     * {@link SqlFormatter}. Placeholders are numbered from 0.
     *
     * @throws SqlSyntaxException when the text is not exactly one expression
     */
    public static Expression parseExpression(String text, ParserOptions options) {
        TokenCursor cursor = new TokenCursor(text, 0, 0, options);
        if (cursor.peek().kind() == TokenKind.END) {
            throw cursor.error();
        }
        Expression expression = new ExpressionParser(cursor).expression();
        if (cursor.peek().kind() != TokenKind.END) {
            throw cursor.error();
        }
        return expression;
    }

    public static Expression parseExpression(String text) {
        return parseExpression(text, ParserOptions.DEFAULT);
    }

    /** Parses every statement of a multi-statement text; stops at the first error (throws it). */
    public static List<ParsedStatement> parseScript(String sql, ParserOptions options) {
        List<ParsedStatement> result = new ArrayList<>();
        int offset = 0;
        while (true) {
            Optional<ParsedStatement> next = parseNext(sql, offset, options);
            if (next.isEmpty()) {
                if (result.isEmpty()) {
                    throw new EmptyQueryException();
                }
                return result;
            }
            result.add(next.get());
            offset = next.get().nextOffset();
        }
    }

    public static List<ParsedStatement> parseScript(String sql) {
        return parseScript(sql, ParserOptions.DEFAULT);
    }

    /**
     * Parses the statement starting at {@code offset}. Returns empty when only whitespace and comments remain
     * (for offset 0 the caller reports ER_EMPTY_QUERY).
     */
    public static Optional<ParsedStatement> parseNext(String sql, int offset, ParserOptions options) {
        return StatementParser.parseNext(sql, offset, options);
    }

    public static Optional<ParsedStatement> parseNext(String sql, int offset) {
        return parseNext(sql, offset, ParserOptions.DEFAULT);
    }
}
