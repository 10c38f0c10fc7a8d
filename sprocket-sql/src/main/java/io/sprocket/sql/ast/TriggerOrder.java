package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code FOLLOWS other} ({@code follows} true) or {@code PRECEDES other}: where a new trigger goes among the
 * table's triggers of the same timing and event.
 */
public record TriggerOrder(boolean follows, String other) implements Node {
    public TriggerOrder {
        Objects.requireNonNull(other, "other");
    }
}
