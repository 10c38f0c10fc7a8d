package io.sprocket.sql;

import java.util.Optional;

/** Dispatches on the leading keyword to the family parsers (placeholder until the parser lands). */
final class StatementParser {
    private StatementParser() {
    }

    static Optional<ParsedStatement> parseNext(String sql, int offset, ParserOptions options) {
        throw new UnsupportedOperationException("parser not implemented yet");
    }

    static SqlSyntaxException errorAt(String sql, int offset, ParserOptions options) {
        return new SqlSyntaxException("", 1);
    }
}
