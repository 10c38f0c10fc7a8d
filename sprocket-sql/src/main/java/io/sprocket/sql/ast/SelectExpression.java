package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code expr [[AS] alias]}; {@code sourceText} is the exact source of the expression (MySQL's column name when unaliased), {@code span} its offsets in the parsed text.
 *
 * @param alias nullable
 */
public record SelectExpression(Expression expression, String alias, String sourceText, SourceSpan span) implements SelectItem {
    public SelectExpression {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(span, "span");
    }
}
