package io.sprocket.sql;

/** Kinds of lexical tokens. */
enum TokenKind {
    /** An unquoted word: a keyword or an identifier ({@link Token#keyword()} holds its upper-case form). */
    WORD,
    /** A `backquoted` identifier (or "double-quoted" under ANSI_QUOTES); never a keyword. */
    QUOTED_IDENTIFIER,
    /** A '...' (or "...") string; text is the unescaped value. */
    STRING,
    /** N'...': a national character string. */
    NATIONAL_STRING,
    /** X'..' or 0x..; text holds only the hex digits. */
    HEX,
    /** B'..' or 0b..; text holds only the bits. */
    BIT,
    /** An integer literal; text is the digits. */
    INTEGER,
    /** A fixed-point literal such as 1.5 or .5. */
    DECIMAL,
    /** An approximate literal with an exponent such as 1e3. */
    APPROXIMATE,
    /** A charset introducer _name (text is the lower-case charset name without the underscore). */
    INTRODUCER,
    /** @name, @'name', @`name`, @"name"; text is the name. */
    USER_VARIABLE,
    /** An operator or punctuation; text is the interned symbol. */
    SYMBOL,
    /** Something that cannot start a token (an unterminated quote or comment); always a syntax error. */
    ERROR,
    /** End of input. */
    END
}
