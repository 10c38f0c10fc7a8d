package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code SET a = x, @b := y, @@global.c = DEFAULT, NAMES ..., ...} (a mixed list).
 */
public record SetVariables(List<VariableAssignment> assignments) implements SessionStatement {
    public SetVariables {
        assignments = List.copyOf(assignments);
    }
}
