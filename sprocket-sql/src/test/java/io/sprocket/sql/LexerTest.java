package io.sprocket.sql;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LexerTest {

    private static List<Token> lex(String sql, ParserOptions options) {
        Lexer lexer = new Lexer(sql, 0, options);
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.next(); t.kind() != TokenKind.END; t = lexer.next()) {
            tokens.add(t);
            if (t.kind() == TokenKind.ERROR) {
                break;
            }
        }
        return tokens;
    }

    private static List<Token> lex(String sql) {
        return lex(sql, ParserOptions.DEFAULT);
    }

    private static List<String> texts(String sql) {
        return lex(sql).stream().map(Token::text).toList();
    }

    private static List<TokenKind> kinds(String sql) {
        return lex(sql).stream().map(Token::kind).toList();
    }

    @Test
    void identifiers() {
        List<Token> tokens = lex("abc `a``b` $x é1 1abc `select`");
        assertThat(tokens).extracting(Token::text).containsExactly("abc", "a`b", "$x", "é1", "1abc", "select");
        assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.WORD, TokenKind.QUOTED_IDENTIFIER,
                TokenKind.WORD, TokenKind.WORD, TokenKind.WORD, TokenKind.QUOTED_IDENTIFIER);
        assertThat(tokens.get(0).keyword()).isEqualTo("ABC");
    }

    @Test
    void identifierAfterDotMayStartWithDigits() {
        assertThat(kinds("t.1e3")).containsExactly(TokenKind.WORD, TokenKind.SYMBOL, TokenKind.WORD);
        assertThat(kinds("1.5")).containsExactly(TokenKind.DECIMAL);
    }

    @Test
    void stringEscapes() {
        assertThat(texts("'a\\nb' 'it''s' \"q\"\"q\" '\\%\\_' '\\0\\Z\\t\\\\\\x'"))
                .containsExactly("a\nb", "it's", "q\"q", "\\%\\_", "\0\u001A\t\\x");
    }

    @Test
    void noBackslashEscapes() {
        ParserOptions options = ParserOptions.fromSqlMode("NO_BACKSLASH_ESCAPES");
        assertThat(lex("'a\\nb'", options)).extracting(Token::text).containsExactly("a\\nb");
    }

    @Test
    void ansiQuotesMakeDoubleQuotesIdentifiers() {
        assertThat(lex("\"a b\"", ParserOptions.fromSqlMode("ANSI_QUOTES")))
                .extracting(Token::kind).containsExactly(TokenKind.QUOTED_IDENTIFIER);
        assertThat(lex("\"a b\"", ParserOptions.fromSqlMode("ANSI")))
                .extracting(Token::kind).containsExactly(TokenKind.QUOTED_IDENTIFIER);
        assertThat(kinds("\"a b\"")).containsExactly(TokenKind.STRING);
    }

    @Test
    void numbers() {
        List<Token> tokens = lex("123 1.5 .5 1e3 1.5E-3 0x1F 0b101 X'41' b'01' 18446744073709551616 1.");
        assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.INTEGER, TokenKind.DECIMAL,
                TokenKind.DECIMAL, TokenKind.APPROXIMATE, TokenKind.APPROXIMATE, TokenKind.HEX, TokenKind.BIT,
                TokenKind.HEX, TokenKind.BIT, TokenKind.INTEGER, TokenKind.DECIMAL);
        assertThat(tokens).extracting(Token::text).contains("1F", "101", "41", "01");
    }

    @Test
    void hexPrefixFollowedByNonHexIsAnIdentifier() {
        assertThat(kinds("0xZZ")).containsExactly(TokenKind.WORD);
    }

    @Test
    void comments() {
        assertThat(texts("1 # c\n+ 2 -- c\n- /* x */ 3")).containsExactly("1", "+", "2", "-", "3");
        // "--" not followed by a space is two minus signs
        assertThat(texts("1--1")).containsExactly("1", "-", "-", "1");
    }

    @Test
    void executableComments() {
        assertThat(texts("SELECT /*! STRAIGHT_JOIN */ 1 /*!80000 + 2 */ /*!99999 + 3 */"))
                .containsExactly("SELECT", "STRAIGHT_JOIN", "1", "+", "2");
    }

    @Test
    void unterminatedTokensAreErrors() {
        assertThat(kinds("'abc")).containsExactly(TokenKind.ERROR);
        assertThat(kinds("`abc")).containsExactly(TokenKind.ERROR);
        assertThat(kinds("1 /* abc")).containsExactly(TokenKind.INTEGER);
    }

    @Test
    void variables() {
        List<Token> tokens = lex("@a @'a b' @`c` @a.b_$ @@ @");
        assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.USER_VARIABLE, TokenKind.USER_VARIABLE,
                TokenKind.USER_VARIABLE, TokenKind.USER_VARIABLE, TokenKind.SYMBOL, TokenKind.SYMBOL);
        assertThat(tokens).extracting(Token::text).containsExactly("a", "a b", "c", "a.b_$", "@@", "@");
    }

    @Test
    void operatorsUseLongestMatch() {
        assertThat(texts(":= <=> != <> >= <= << >> && || -> ->> ! < > = ~ ^ & | ? ;"))
                .containsExactly(":=", "<=>", "!=", "<>", ">=", "<=", "<<", ">>", "&&", "||", "->", "->>", "!", "<",
                        ">", "=", "~", "^", "&", "|", "?", ";");
    }

    @Test
    void charsetIntroducers() {
        List<Token> tokens = lex("_utf8mb4'x' _binary X'41' _utf8'y' _foo N'z'");
        assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.INTRODUCER, TokenKind.STRING,
                TokenKind.INTRODUCER, TokenKind.HEX, TokenKind.INTRODUCER, TokenKind.STRING, TokenKind.WORD,
                TokenKind.NATIONAL_STRING);
        assertThat(tokens.get(4).text()).isEqualTo("utf8mb3");
    }
}
