package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code OVER w}.
 */
public record NamedWindowReference(String name) implements WindowReference {
    public NamedWindowReference {
        Objects.requireNonNull(name, "name");
    }
}
