package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code VALUES|VALUE (..), (..)}; a DEFAULT item is a {@link DefaultValue}.
 */
public record InsertValues(List<List<Expression>> rows) implements InsertSource {
    public InsertValues {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
