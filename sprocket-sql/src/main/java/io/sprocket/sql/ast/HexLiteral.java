package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A hexadecimal literal ({@code X'4A'} or {@code 0x4A}); {@code digits} holds only the hex digits as written (may be odd length for 0x form; the value is left-padded with 0).
 *
 * @param introducer nullable
 */
public record HexLiteral(String digits, String introducer) implements Expression {
    public HexLiteral {
        Objects.requireNonNull(digits, "digits");
    }
}
