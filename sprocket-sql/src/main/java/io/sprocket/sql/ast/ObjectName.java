package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A possibly schema-qualified object name ({@code db.t} or {@code t}); {@code schema} is null when unqualified.
 *
 * @param schema nullable
 */
public record ObjectName(String schema, String name) implements Node {
    public ObjectName {
        Objects.requireNonNull(name, "name");
    }
}
