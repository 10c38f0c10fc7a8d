package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A bit-value literal ({@code B'101'} or {@code 0b101}); {@code bits} holds only the 0/1 digits.
 *
 * @param introducer nullable
 */
public record BitLiteral(String bits, String introducer) implements Expression {
    public BitLiteral {
        Objects.requireNonNull(bits, "bits");
    }
}
