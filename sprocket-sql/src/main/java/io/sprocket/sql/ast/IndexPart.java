package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * One key part: {@code col[(len)] [ASC|DESC]} or a functional part {@code (expr) [ASC|DESC]}.
 *
 * @param column nullable
 * @param expression nullable
 * @param length nullable
 */
public record IndexPart(String column, Expression expression, Integer length, SortOrder order) implements Node {
    public IndexPart {
        Objects.requireNonNull(order, "order");
    }
}
