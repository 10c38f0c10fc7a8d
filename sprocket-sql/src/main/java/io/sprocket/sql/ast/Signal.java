package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/** {@code SIGNAL {SQLSTATE [VALUE] 'xxxxx' | condition_name} [SET item = value, ...]}. */
public record Signal(ConditionValue condition, List<SignalItem> items) implements ProcedureStatement {
    public Signal {
        Objects.requireNonNull(condition, "condition");
        items = List.copyOf(items);
    }
}
