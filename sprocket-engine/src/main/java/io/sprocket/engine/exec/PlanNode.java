package io.sprocket.engine.exec;

import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.RowIterator;

/**
 * A node of a compiled query block's FROM pipeline. Rows are the block's full width; a node fills its own slot
 * range into a copy of {@code context} (the partial row built by the nodes before it in a nested loop), so
 * lookups may depend on earlier tables' values.
 */
public interface PlanNode {
    RowIterator open(ExecContext ctx, Object[] context);
}
