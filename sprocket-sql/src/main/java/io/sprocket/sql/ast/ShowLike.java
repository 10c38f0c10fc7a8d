package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code LIKE 'pattern'}.
 */
public record ShowLike(String pattern) implements ShowFilter {
    public ShowLike {
        Objects.requireNonNull(pattern, "pattern");
    }
}
