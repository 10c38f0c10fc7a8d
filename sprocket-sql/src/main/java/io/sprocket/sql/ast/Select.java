package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A SELECT (or TABLE / VALUES) statement; {@code into} holds the targets of {@code INTO @a, var} (UserVariable or ColumnRef for routine variables), empty when absent.
 */
public record Select(Query query, List<Expression> into) implements DmlStatement {
    public Select {
        Objects.requireNonNull(query, "query");
        into = List.copyOf(into);
    }
}
