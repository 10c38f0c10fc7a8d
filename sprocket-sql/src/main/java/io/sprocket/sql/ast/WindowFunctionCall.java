package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A non-aggregate window function (ROW_NUMBER, RANK, DENSE_RANK, PERCENT_RANK, CUME_DIST, NTILE, LAG, LEAD, FIRST_VALUE, LAST_VALUE, NTH_VALUE); name upper case.
 */
public record WindowFunctionCall(String name, List<Expression> arguments, boolean fromLast, boolean ignoreNulls, WindowReference over) implements Expression {
    public WindowFunctionCall {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(over, "over");
    }
}
