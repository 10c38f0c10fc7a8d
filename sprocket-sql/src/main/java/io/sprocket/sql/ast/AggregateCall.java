package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * An aggregate such as {@code COUNT(*)} ({@code star}), {@code COUNT(DISTINCT a, b)}, {@code SUM(x)}; {@code name} is upper case; {@code over} is non-null when used as a window function.
 *
 * @param over nullable
 */
public record AggregateCall(String name, boolean distinct, boolean star, List<Expression> arguments, WindowReference over) implements Expression {
    public AggregateCall {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }
}
