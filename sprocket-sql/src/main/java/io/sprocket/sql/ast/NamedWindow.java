package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * One {@code name AS (spec)} of a WINDOW clause.
 */
public record NamedWindow(String name, WindowSpecification specification) implements Node {
    public NamedWindow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(specification, "specification");
    }
}
