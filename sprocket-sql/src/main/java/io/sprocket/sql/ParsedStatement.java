package io.sprocket.sql;

import io.sprocket.sql.ast.SourceSpan;
import io.sprocket.sql.ast.Statement;

import java.util.Objects;

/**
 * One statement parsed from a (possibly multi-statement) text.
 *
 * @param statement      the syntax tree
 * @param sourceText     the statement's own text: from its first token to its last, without the terminating ';'
 * @param span           where {@code sourceText} lies in the text given to the parser
 * @param nextOffset     where parsing of the following statement starts (after the ';' if there was one)
 * @param parameterCount number of {@code ?} placeholders (their {@link io.sprocket.sql.ast.Parameter#index()} is 0..n-1)
 */
public record ParsedStatement(Statement statement, String sourceText, SourceSpan span, int nextOffset,
                              int parameterCount) {
    public ParsedStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(span, "span");
    }
}
