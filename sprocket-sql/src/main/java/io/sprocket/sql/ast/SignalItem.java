package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code item = value} in the SET list of SIGNAL / RESIGNAL. */
public record SignalItem(ConditionInformationItem item, Expression value) implements Node {
    public SignalItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(value, "value");
    }
}
