package io.sprocket.engine.expr;

import io.sprocket.engine.type.SqlType;
import java.util.Objects;

/**
 * A compiled expression with its static facts.
 *
 * @param evaluator  how to compute it
 * @param type       its result type (for result metadata and conversions)
 * @param nullable   whether it can be NULL
 * @param constant   whether it depends on no row, parameter or variable (safe to evaluate once per statement)
 * @param column     the table column it reads directly, or null (for result metadata and index selection)
 */
public record BoundExpression(Evaluator evaluator, SqlType type, boolean nullable, boolean constant,
                              ColumnSource column) {
    public BoundExpression {
        Objects.requireNonNull(evaluator);
        Objects.requireNonNull(type);
    }

    /** Where a plain column reference comes from. */
    public record ColumnSource(String schema, String tableAlias, String table, String column, int slot, int depth,
                               int sourceIndex, int columnIndex) { }

    public static BoundExpression constant(Object value, SqlType type) {
        return new BoundExpression((row, ctx) -> value, type, value == null, true, null);
    }

    public Object eval(Object[] row, ExecContext ctx) {
        return evaluator.eval(row, ctx);
    }
}
