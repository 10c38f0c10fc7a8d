package io.sprocket.sql.ast;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact integer literal; {@code text} is the source spelling (decimal digits).
 */
public record IntegerLiteral(BigInteger value, String text) implements Expression {
    public IntegerLiteral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }
}
