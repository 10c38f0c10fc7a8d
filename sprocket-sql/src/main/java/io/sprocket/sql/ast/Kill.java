package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code KILL [CONNECTION|QUERY] id}.
 */
public record Kill(boolean queryOnly, Expression processId) implements UtilityStatement {
    public Kill {
        Objects.requireNonNull(processId, "processId");
    }
}
