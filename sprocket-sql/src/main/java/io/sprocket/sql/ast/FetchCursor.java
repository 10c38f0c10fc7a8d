package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/** {@code FETCH [[NEXT] FROM] cursor INTO var[, var]}. */
public record FetchCursor(String cursor, List<String> variables) implements ProcedureStatement {
    public FetchCursor {
        Objects.requireNonNull(cursor, "cursor");
        variables = List.copyOf(variables);
    }
}
