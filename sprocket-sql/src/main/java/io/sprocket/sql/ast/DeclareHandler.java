package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/** {@code DECLARE {CONTINUE | EXIT | UNDO} HANDLER FOR condition_value[, ...] statement}. */
public record DeclareHandler(HandlerAction action, List<ConditionValue> conditions, ProcedureStatement statement)
        implements ProcedureStatement {
    public DeclareHandler {
        Objects.requireNonNull(action, "action");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(statement, "statement");
    }
}
