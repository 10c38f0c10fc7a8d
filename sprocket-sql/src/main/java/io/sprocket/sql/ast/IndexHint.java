package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code USE|FORCE|IGNORE INDEX|KEY [FOR JOIN|ORDER BY|GROUP BY] (names)}; accepted and kept, not required to be honoured.
 */
public record IndexHint(IndexHintType type, IndexHintScope scope, List<String> indexes) implements Node {
    public IndexHint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scope, "scope");
        indexes = List.copyOf(indexes);
    }
}
