package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A user variable {@code @name} or {@code @'quoted name'}; the name is kept as written (MySQL compares it case-insensitively).
 */
public record UserVariable(String name) implements Expression {
    public UserVariable {
        Objects.requireNonNull(name, "name");
    }
}
