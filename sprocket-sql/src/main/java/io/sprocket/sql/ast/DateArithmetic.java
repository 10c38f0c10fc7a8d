package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * Date arithmetic with an interval: {@code DATE_ADD/ADDDATE/DATE_SUB/SUBDATE(d, INTERVAL n unit)}, {@code ADDDATE(d, n)} (unit DAY), {@code d + INTERVAL n unit}, {@code INTERVAL n unit + d}, {@code d - INTERVAL n unit}.
 */
public record DateArithmetic(boolean subtract, Expression date, Expression interval, IntervalUnit unit) implements Expression {
    public DateArithmetic {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(unit, "unit");
    }
}
