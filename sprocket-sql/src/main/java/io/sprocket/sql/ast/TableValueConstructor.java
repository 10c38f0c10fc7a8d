package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code VALUES ROW(..), ROW(..)}.
 */
public record TableValueConstructor(List<RowConstructor> rows) implements QueryBody {
    public TableValueConstructor {
        rows = List.copyOf(rows);
    }
}
