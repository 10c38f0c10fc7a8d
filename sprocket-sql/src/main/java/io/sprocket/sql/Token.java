package io.sprocket.sql;

/**
 * One lexical token.
 *
 * @param kind    the token kind
 * @param start   offset of its first character in the source
 * @param end     offset just after its last character
 * @param text    the token's value: identifier name, unescaped string, digits, symbol or variable name
 * @param keyword upper-case text for {@link TokenKind#WORD}, otherwise null
 */
record Token(TokenKind kind, int start, int end, String text, String keyword) {

    boolean isWord(String upper) {
        return kind == TokenKind.WORD && keyword.equals(upper);
    }

    boolean isSymbol(String symbol) {
        return kind == TokenKind.SYMBOL && text.equals(symbol);
    }
}
