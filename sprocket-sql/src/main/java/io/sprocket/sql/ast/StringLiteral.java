package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A character string literal after escape processing and adjacent-literal concatenation. {@code introducer} is the charset of {@code _cs'..'} (lower case, e.g. "utf8mb4", "binary"; {@code N'x'} gives "utf8mb3"), or null.
 *
 * @param introducer nullable
 */
public record StringLiteral(String value, String introducer) implements Expression {
    public StringLiteral {
        Objects.requireNonNull(value, "value");
    }
}
