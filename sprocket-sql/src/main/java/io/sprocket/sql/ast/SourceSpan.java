package io.sprocket.sql.ast;

/**
 * A half-open range {@code [start, end)} of character offsets into the text given to the parser.
 */
public record SourceSpan(int start, int end) {
}
