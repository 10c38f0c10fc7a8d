package io.sprocket.sql;

import io.sprocket.sql.ast.AccountRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The token stream shared by the family parsers: lookahead, backtracking marks, keyword/symbol matching, the
 * {@code ?} counter and syntax errors in MySQL's format.
 */
final class TokenCursor {
    private static final int NEAR_TEXT_LIMIT = 80;

    private final String sql;
    private final ParserOptions options;
    private final Lexer lexer;
    private final List<Token> tokens = new ArrayList<>();
    private final int lineBase;
    private int index;
    private int parameterCount;

    /**
     * @param lineBase offset from which line numbers are counted (the first non-space character of the statement)
     */
    TokenCursor(String sql, int offset, int lineBase, ParserOptions options) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.options = Objects.requireNonNull(options, "options");
        this.lexer = new Lexer(sql, offset, options);
        this.lineBase = lineBase;
    }

    String sql() {
        return sql;
    }

    ParserOptions options() {
        return options;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int wanted = index + ahead;
        while (tokens.size() <= wanted) {
            Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            if (last != null && (last.kind() == TokenKind.END || last.kind() == TokenKind.ERROR)) {
                return last;
            }
            tokens.add(lexer.next());
        }
        return tokens.get(wanted);
    }

    Token advance() {
        Token t = peek();
        if (t.kind() != TokenKind.END && t.kind() != TokenKind.ERROR) {
            index++;
        }
        return t;
    }

    /** The most recently consumed token. */
    Token previous() {
        return tokens.get(index - 1);
    }

    int mark() {
        return index;
    }

    int parameterMark() {
        return parameterCount;
    }

    void reset(int mark, int parameterMark) {
        index = mark;
        parameterCount = parameterMark;
    }

    int nextParameterIndex() {
        return parameterCount++;
    }

    int parameterCount() {
        return parameterCount;
    }

    boolean isWord(String upper) {
        return peek().isWord(upper);
    }

    boolean isWord(int ahead, String upper) {
        return peek(ahead).isWord(upper);
    }

    boolean isWords2(String first, String second) {
        return peek().isWord(first) && peek(1).isWord(second);
    }

    boolean isSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    boolean isSymbol(int ahead, String symbol) {
        return peek(ahead).isSymbol(symbol);
    }

    boolean acceptWord(String upper) {
        if (peek().isWord(upper)) {
            index++;
            return true;
        }
        return false;
    }

    /** Accepts a sequence of words only if all are present. */
    boolean acceptWords(String... uppers) {
        for (int i = 0; i < uppers.length; i++) {
            if (!peek(i).isWord(uppers[i])) {
                return false;
            }
        }
        index += uppers.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    void expectWord(String upper) {
        if (!acceptWord(upper)) {
            throw error();
        }
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw error();
        }
    }

    /** The current token is an identifier: quoted, or an unquoted word that is not reserved. */
    boolean isIdentifier() {
        return isIdentifier(peek());
    }

    static boolean isIdentifier(Token t) {
        return t.kind() == TokenKind.QUOTED_IDENTIFIER
                || t.kind() == TokenKind.WORD && !Keywords.isReserved(t.keyword()) && !t.keyword().equals("\\N");
    }

    String identifier() {
        Token t = peek();
        if (!isIdentifier(t)) {
            throw error();
        }
        index++;
        return t.text();
    }

    /** An identifier or a quoted string used as a name (aliases, user and host names, some option values). */
    String identifierOrText() {
        Token t = peek();
        if (t.kind() == TokenKind.STRING) {
            index++;
            return t.text();
        }
        return identifier();
    }

    /** Any word, even reserved, or a quoted identifier (for positions that take arbitrary names after a dot). */
    String anyName() {
        Token t = peek();
        if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENTIFIER) {
            index++;
            return t.text();
        }
        throw error();
    }

    String expectString() {
        Token t = peek();
        if (t.kind() != TokenKind.STRING) {
            throw error();
        }
        index++;
        return t.text();
    }

    /** {@code 'user'[@'host']}, {@code user@host}, or CURRENT_USER[()] (null). */
    AccountRef account() {
        if (acceptWord("CURRENT_USER")) {
            if (acceptSymbol("(")) {
                expectSymbol(")");
            }
            return null;
        }
        String user = identifierOrText();
        String host = "%";
        Token t = peek();
        if (t.kind() == TokenKind.USER_VARIABLE) {
            advance();
            host = t.text();
        } else if (t.isSymbol("@")) {
            // a bare '@' (not followed at once by a name or quote, else the lexer makes it one token with the host)
            // is an empty host, as MySQL's lexer reads it: 'u'@ 'h' is a syntax error at 'h'
            advance();
            host = "";
        }
        return new AccountRef(user, host);
    }

    boolean atStatementEnd() {
        Token t = peek();
        return t.kind() == TokenKind.END || t.isSymbol(";");
    }

    /** A syntax error at the current token. */
    SqlSyntaxException error() {
        return errorAt(peek());
    }

    SqlSyntaxException errorAt(Token t) {
        return errorAtOffset(sql, t.kind() == TokenKind.END ? sql.length() : t.start(), lineBase);
    }

    static SqlSyntaxException errorAtOffset(String sql, int offset, int lineBase) {
        int end = nearTextEnd(sql, offset);
        int line = 1;
        for (int i = Math.min(lineBase, offset); i < offset; i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
        return new SqlSyntaxException(sql.substring(offset, end), line);
    }

    /**
     * MySQL formats the near text with %.80s over the UTF-8 query: at most 80 bytes, never splitting a
     * character.
     */
    private static int nearTextEnd(String sql, int offset) {
        int bytes = 0;
        int i = offset;
        while (i < sql.length()) {
            int cp = sql.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > NEAR_TEXT_LIMIT) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return i;
    }
}
