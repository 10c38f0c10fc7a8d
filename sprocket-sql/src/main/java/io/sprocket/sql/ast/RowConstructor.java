package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code (a, b)} or {@code ROW(a, b)} ({@code explicitRow} true); always at least two items unless ROW() is explicit.
 */
public record RowConstructor(List<Expression> items, boolean explicitRow) implements Expression {
    public RowConstructor {
        items = List.copyOf(items);
    }
}
