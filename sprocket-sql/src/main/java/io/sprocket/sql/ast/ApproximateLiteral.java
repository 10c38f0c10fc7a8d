package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * An approximate literal with an exponent such as {@code 1e3} (typed DOUBLE); {@code text} is the source spelling.
 */
public record ApproximateLiteral(double value, String text) implements Expression {
    public ApproximateLiteral {
        Objects.requireNonNull(text, "text");
    }
}
