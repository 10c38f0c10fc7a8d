package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code left op ANY|SOME|ALL (subquery)}.
 */
public record QuantifiedComparison(BinaryOperator operator, Quantifier quantifier, Expression left, Query subquery) implements Expression {
    public QuantifiedComparison {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(quantifier, "quantifier");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(subquery, "subquery");
    }
}
