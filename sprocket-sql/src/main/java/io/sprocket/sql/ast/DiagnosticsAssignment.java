package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code target = item} in GET DIAGNOSTICS: the target is a {@link UserVariable} or a {@link ColumnRef} naming a
 * routine variable; the item is NUMBER or ROW_COUNT for statement information, a
 * {@link ConditionInformationItem} name for condition information.
 */
public record DiagnosticsAssignment(Expression target, String item) implements Node {
    public DiagnosticsAssignment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(item, "item");
    }
}
