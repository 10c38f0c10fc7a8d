package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code GET_FORMAT(DATE|TIME|DATETIME|TIMESTAMP, locale)}.
 */
public record GetFormat(TemporalKind kind, Expression locale) implements Expression {
    public GetFormat {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locale, "locale");
    }
}
