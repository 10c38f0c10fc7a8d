package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A frame bound; {@code offset} for {@code n PRECEDING/FOLLOWING}, {@code unit} for {@code INTERVAL n unit PRECEDING/FOLLOWING}.
 *
 * @param offset nullable
 * @param unit nullable
 */
public record FrameBound(FrameBoundKind kind, Expression offset, IntervalUnit unit) implements Node {
    public FrameBound {
        Objects.requireNonNull(kind, "kind");
    }
}
