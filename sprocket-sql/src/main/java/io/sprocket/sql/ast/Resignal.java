package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code RESIGNAL [SQLSTATE [VALUE] 'xxxxx' | condition_name] [SET item = value, ...]}.
 *
 * @param condition nullable: null re-raises the handled condition
 */
public record Resignal(ConditionValue condition, List<SignalItem> items) implements ProcedureStatement {
    public Resignal {
        items = List.copyOf(items);
    }
}
