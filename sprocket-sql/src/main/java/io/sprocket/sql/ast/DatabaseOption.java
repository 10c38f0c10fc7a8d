package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code [DEFAULT] CHARACTER SET|COLLATE|ENCRYPTION [=] value}, {@code READ ONLY [=] value}; value as written (DEFAULT spelled "DEFAULT").
 */
public record DatabaseOption(DatabaseOptionKind kind, String value) implements Node {
    public DatabaseOption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
