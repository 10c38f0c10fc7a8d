package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code SET col = expr, ...}.
 */
public record InsertSet(List<Assignment> assignments) implements InsertSource {
    public InsertSet {
        assignments = List.copyOf(assignments);
    }
}
