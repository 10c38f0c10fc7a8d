package io.sprocket.engine.expr;

import io.sprocket.engine.type.SqlType;
import java.util.List;

/** A compiled subquery an expression evaluates: run once (uncorrelated, cached) or per outer row. */
public interface SubqueryPlan {
    List<SqlType> types();

    boolean correlated();

    /** Runs the subquery with {@code outerRow} as the row of the enclosing block. */
    RowIterator open(Object[] outerRow, ExecContext ctx);
}
