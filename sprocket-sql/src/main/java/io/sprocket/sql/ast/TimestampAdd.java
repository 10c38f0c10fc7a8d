package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code TIMESTAMPADD(unit, amount, datetime)}.
 */
public record TimestampAdd(IntervalUnit unit, Expression amount, Expression datetime) implements Expression {
    public TimestampAdd {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(datetime, "datetime");
    }
}
