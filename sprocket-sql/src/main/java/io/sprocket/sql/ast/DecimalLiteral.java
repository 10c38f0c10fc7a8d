package io.sprocket.sql.ast;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact fixed-point literal such as {@code 1.5} (typed DECIMAL by MySQL); {@code text} is the source spelling.
 */
public record DecimalLiteral(BigDecimal value, String text) implements Expression {
    public DecimalLiteral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }
}
