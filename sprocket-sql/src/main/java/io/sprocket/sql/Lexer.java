package io.sprocket.sql;

import java.util.Locale;
import java.util.Objects;

/**
 * Hand-written MySQL 8.0 tokenizer. Produces tokens on demand so that a multi-statement text is only scanned as
 * far as the statement being parsed (a lexical error in statement 2 must not stop statement 1). No regular
 * expressions and no exceptions on the hot path.
 */
final class Lexer {
    /** Executable comments /*!NNNNN ... *&#47; run when NNNNN is at most this version (we claim 8.0.40). */
    static final int SERVER_VERSION = 80040;

    private final String sql;
    private final int length;
    private final ParserOptions options;
    private int pos;
    private boolean inExecutableComment;
    private Token previous;

    Lexer(String sql, int offset, ParserOptions options) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.length = sql.length();
        this.options = Objects.requireNonNull(options, "options");
        this.pos = offset;
    }

    /** Offset of the next unread character. */
    int position() {
        return pos;
    }

    Token next() {
        Token token = scan();
        previous = token;
        return token;
    }

    private Token scan() {
        if (!skipSpaceAndComments()) {
            return new Token(TokenKind.ERROR, pos, length, "", null);
        }
        if (pos >= length) {
            return new Token(TokenKind.END, length, length, "", null);
        }
        int start = pos;
        char c = sql.charAt(pos);
        switch (c) {
            case '\'':
                return string(start, '\'', TokenKind.STRING);
            case '"':
                return options.ansiQuotes() ? quotedIdentifier(start, '"') : string(start, '"', TokenKind.STRING);
            case '`':
                return quotedIdentifier(start, '`');
            case '@':
                return at(start);
            case '.':
                if (pos + 1 < length && isDigit(sql.charAt(pos + 1)) && !afterIdentifier()) {
                    return number(start);
                }
                pos++;
                return symbol(start, ".");
            default:
                break;
        }
        if (isDigit(c)) {
            if (afterIdentifierDot()) {
                return word(start);
            }
            return number(start);
        }
        if ((c == 'x' || c == 'X') && pos + 1 < length && sql.charAt(pos + 1) == '\'') {
            return quotedBits(start, TokenKind.HEX);
        }
        if ((c == 'b' || c == 'B') && pos + 1 < length && sql.charAt(pos + 1) == '\'') {
            return quotedBits(start, TokenKind.BIT);
        }
        if ((c == 'n' || c == 'N') && pos + 1 < length && sql.charAt(pos + 1) == '\'') {
            pos++;
            Token s = string(start, '\'', TokenKind.NATIONAL_STRING);
            return s;
        }
        if (isIdentifierChar(c)) {
            return word(start);
        }
        return operator(start, c);
    }

    private boolean afterIdentifier() {
        return previous != null && (previous.kind() == TokenKind.WORD || previous.kind() == TokenKind.QUOTED_IDENTIFIER)
                && previous.end() == pos;
    }

    private boolean afterIdentifierDot() {
        // t.1col: after "ident." MySQL reads an identifier even when it starts with digits
        return previous != null && previous.isSymbol(".") && previous.end() == pos;
    }

    /** Skips whitespace and comments; false on an unterminated comment (pos left at the comment start). */
    private boolean skipSpaceAndComments() {
        while (pos < length) {
            char c = sql.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                pos++;
            } else if (c == '#') {
                skipToEndOfLine();
            } else if (c == '-' && pos + 1 < length && sql.charAt(pos + 1) == '-'
                    && (pos + 2 >= length || sql.charAt(pos + 2) <= ' ')) {
                skipToEndOfLine();
            } else if (c == '/' && pos + 1 < length && sql.charAt(pos + 1) == '*') {
                if (pos + 2 < length && sql.charAt(pos + 2) == '!' && !inExecutableComment) {
                    int p = pos + 3;
                    int digits = 0;
                    int version = 0;
                    while (p < length && digits < 5 && isDigit(sql.charAt(p))) {
                        version = version * 10 + (sql.charAt(p) - '0');
                        p++;
                        digits++;
                    }
                    if (digits == 0 || (digits == 5 && version <= SERVER_VERSION)) {
                        inExecutableComment = true;
                        pos = p;
                        continue;
                    }
                }
                int close = sql.indexOf("*/", pos + 2);
                // like MySQL (and the oracle), an unterminated comment simply runs to the end of the text
                pos = close < 0 ? length : close + 2;
            } else if (c == '*' && inExecutableComment && pos + 1 < length && sql.charAt(pos + 1) == '/') {
                inExecutableComment = false;
                pos += 2;
            } else {
                return true;
            }
        }
        return true;
    }

    private void skipToEndOfLine() {
        while (pos < length && sql.charAt(pos) != '\n') {
            pos++;
        }
    }

    private Token symbol(int start, String text) {
        return new Token(TokenKind.SYMBOL, start, pos, text, null);
    }

    private Token operator(int start, char c) {
        char n = pos + 1 < length ? sql.charAt(pos + 1) : '\0';
        char n2 = pos + 2 < length ? sql.charAt(pos + 2) : '\0';
        String s;
        switch (c) {
            case '<' -> {
                if (n == '=' && n2 == '>') {
                    s = "<=>";
                } else if (n == '=') {
                    s = "<=";
                } else if (n == '>') {
                    s = "<>";
                } else if (n == '<') {
                    s = "<<";
                } else {
                    s = "<";
                }
            }
            case '>' -> s = n == '=' ? ">=" : n == '>' ? ">>" : ">";
            case '!' -> s = n == '=' ? "!=" : "!";
            case '-' -> s = n == '>' ? (n2 == '>' ? "->>" : "->") : "-";
            case ':' -> s = n == '=' ? ":=" : ":";
            case '&' -> s = n == '&' ? "&&" : "&";
            case '|' -> s = n == '|' ? "||" : "|";
            case '(' -> s = "(";
            case ')' -> s = ")";
            case ',' -> s = ",";
            case ';' -> s = ";";
            case '=' -> s = "=";
            case '+' -> s = "+";
            case '*' -> s = "*";
            case '/' -> s = "/";
            case '%' -> s = "%";
            case '^' -> s = "^";
            case '~' -> s = "~";
            case '?' -> s = "?";
            case '{' -> s = "{";
            case '}' -> s = "}";
            case '\\' -> {
                if (n == 'N') {
                    pos += 2;
                    return new Token(TokenKind.WORD, start, pos, "\\N", "\\N");
                }
                s = "\\";
            }
            default -> s = String.valueOf(c);
        }
        pos += s.length();
        return symbol(start, s);
    }

    private Token at(int start) {
        if (pos + 1 < length && sql.charAt(pos + 1) == '@') {
            pos += 2;
            return symbol(start, "@@");
        }
        pos++;
        if (pos < length) {
            char c = sql.charAt(pos);
            if (c == '\'' || c == '"' || c == '`') {
                Token quoted = c == '`' ? quotedIdentifier(pos, '`') : string(pos, c, TokenKind.STRING);
                if (quoted.kind() == TokenKind.ERROR) {
                    return new Token(TokenKind.ERROR, start, length, "", null);
                }
                return new Token(TokenKind.USER_VARIABLE, start, pos, quoted.text(), null);
            }
            int nameStart = pos;
            while (pos < length && (isIdentifierChar(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
                pos++;
            }
            if (pos > nameStart) {
                return new Token(TokenKind.USER_VARIABLE, start, pos, sql.substring(nameStart, pos), null);
            }
        }
        return symbol(start, "@");
    }

    private Token word(int start) {
        while (pos < length && isIdentifierChar(sql.charAt(pos))) {
            pos++;
        }
        String text = sql.substring(start, pos);
        if (text.charAt(0) == '_' && text.length() > 1) {
            String charset = text.substring(1).toLowerCase(Locale.ROOT);
            if (Keywords.isCharsetName(charset)) {
                return new Token(TokenKind.INTRODUCER, start, pos, "utf8".equals(charset) ? "utf8mb3" : charset, null);
            }
        }
        return new Token(TokenKind.WORD, start, pos, text, upper(text));
    }

    private static String upper(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 0x80) {
                return text.toUpperCase(Locale.ROOT);
            }
        }
        return text;
    }

    private Token number(int start) {
        char c = sql.charAt(pos);
        if (c == '0' && pos + 1 < length) {
            char n = sql.charAt(pos + 1);
            if (n == 'x' || n == 'X') {
                int p = pos + 2;
                while (p < length && isHexDigit(sql.charAt(p))) {
                    p++;
                }
                if (p > pos + 2 && (p >= length || !isIdentifierChar(sql.charAt(p)))) {
                    String digits = sql.substring(pos + 2, p);
                    pos = p;
                    return new Token(TokenKind.HEX, start, pos, digits, null);
                }
            } else if (n == 'b' || n == 'B') {
                int p = pos + 2;
                while (p < length && (sql.charAt(p) == '0' || sql.charAt(p) == '1')) {
                    p++;
                }
                if (p > pos + 2 && (p >= length || !isIdentifierChar(sql.charAt(p)))) {
                    String bits = sql.substring(pos + 2, p);
                    pos = p;
                    return new Token(TokenKind.BIT, start, pos, bits, null);
                }
            }
        }
        while (pos < length && isDigit(sql.charAt(pos))) {
            pos++;
        }
        TokenKind kind = TokenKind.INTEGER;
        if (pos < length && sql.charAt(pos) == '.') {
            kind = TokenKind.DECIMAL;
            pos++;
            while (pos < length && isDigit(sql.charAt(pos))) {
                pos++;
            }
        }
        if (pos < length && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < length && (sql.charAt(p) == '+' || sql.charAt(p) == '-')) {
                p++;
            }
            if (p < length && isDigit(sql.charAt(p))) {
                while (p < length && isDigit(sql.charAt(p))) {
                    p++;
                }
                pos = p;
                kind = TokenKind.APPROXIMATE;
            }
        }
        if (kind == TokenKind.INTEGER && pos < length && isIdentifierChar(sql.charAt(pos))) {
            // 1abc is an identifier in MySQL (identifiers may start with digits)
            return word(start);
        }
        return new Token(kind, start, pos, sql.substring(start, pos), null);
    }

    private Token quotedBits(int start, TokenKind kind) {
        int p = pos + 2;
        while (p < length && sql.charAt(p) != '\'') {
            p++;
        }
        if (p >= length) {
            return new Token(TokenKind.ERROR, start, length, "", null);
        }
        String digits = sql.substring(pos + 2, p);
        for (int i = 0; i < digits.length(); i++) {
            char d = digits.charAt(i);
            boolean ok = kind == TokenKind.HEX ? isHexDigit(d) : d == '0' || d == '1';
            if (!ok) {
                return new Token(TokenKind.ERROR, start, length, "", null);
            }
        }
        if (kind == TokenKind.HEX && digits.length() % 2 != 0) {
            return new Token(TokenKind.ERROR, start, length, "", null);
        }
        pos = p + 1;
        return new Token(kind, start, pos, digits, null);
    }

    private Token quotedIdentifier(int start, char quote) {
        int p = start + 1;
        StringBuilder sb = null;
        int runStart = p;
        while (true) {
            if (p >= length) {
                return new Token(TokenKind.ERROR, start, length, "", null);
            }
            char c = sql.charAt(p);
            if (c == quote) {
                if (p + 1 < length && sql.charAt(p + 1) == quote) {
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(sql, runStart, p + 1);
                    p += 2;
                    runStart = p;
                    continue;
                }
                break;
            }
            p++;
        }
        String text = sb == null ? sql.substring(runStart, p) : sb.append(sql, runStart, p).toString();
        pos = p + 1;
        return new Token(TokenKind.QUOTED_IDENTIFIER, start, pos, text, null);
    }

    /** A quoted string starting at pos (the opening quote); start is where the token began (N'..' starts earlier). */
    private Token string(int start, char quote, TokenKind kind) {
        int p = pos + 1;
        boolean escapes = !options.noBackslashEscapes();
        StringBuilder sb = null;
        int runStart = p;
        while (true) {
            if (p >= length) {
                return new Token(TokenKind.ERROR, start, length, "", null);
            }
            char c = sql.charAt(p);
            if (c == quote) {
                if (p + 1 < length && sql.charAt(p + 1) == quote) {
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(sql, runStart, p + 1);
                    p += 2;
                    runStart = p;
                    continue;
                }
                break;
            }
            if (c == '\\' && escapes) {
                if (p + 1 >= length) {
                    return new Token(TokenKind.ERROR, start, length, "", null);
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(sql, runStart, p);
                char e = sql.charAt(p + 1);
                switch (e) {
                    case '0' -> sb.append('\0');
                    case 'b' -> sb.append('\b');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'Z' -> sb.append('\u001A');
                    case '%', '_' -> sb.append('\\').append(e);
                    default -> sb.append(e);
                }
                p += 2;
                runStart = p;
                continue;
            }
            p++;
        }
        String text = sb == null ? sql.substring(runStart, p) : sb.append(sql, runStart, p).toString();
        pos = p + 1;
        return new Token(kind, start, pos, text, null);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static boolean isIdentifierChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
                || c >= 0x80;
    }
}
