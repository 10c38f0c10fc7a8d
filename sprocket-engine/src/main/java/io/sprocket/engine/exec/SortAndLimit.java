package io.sprocket.engine.exec;

import io.sprocket.engine.expr.Scope;
import io.sprocket.sql.ast.AllColumns;
import io.sprocket.sql.ast.DerivedTable;
import io.sprocket.sql.ast.Limit;
import io.sprocket.sql.ast.OrderItem;
import io.sprocket.sql.ast.QuerySpecification;
import java.util.List;

/**
 * ORDER BY / LIMIT applied to a whole set operation or parenthesised query: the result is treated as a
 * derived table and re-selected, so ORDER BY sees the output column names.
 */
final class SortAndLimit {
    private SortAndLimit() {}

    static QueryPlan apply(QueryCompiler queries, QueryPlan plan, List<OrderItem> orderBy, Limit limit, Scope outer) {
        if (orderBy.isEmpty() && limit == null) return plan;
        SelectCompiler.Block block = new SelectCompiler.Block(queries, new Scope(outer));
        Scope scope = block.scope();
        List<String> names = plan.columns().stream().map(OutputColumn::name).toList();
        List<Boolean> nullable = plan.columns().stream().map(OutputColumn::nullable).toList();
        List<Boolean> invisible = plan.columns().stream().map(c -> false).toList();
        Scope.Source source = scope.add(null, "", "", names, plan.types(), nullable, invisible);
        int width = source.width();
        PlanNode node = (ctx, context) -> {
            var rows = SetOperations.drain(plan.open(ctx));
            return Nodes.materialized((c, x) -> rows, 0, width, width).open(ctx, context);
        };
        List<io.sprocket.engine.expr.BoundExpression> selected = new java.util.ArrayList<>();
        List<OutputColumn> columns = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int slot = i;
            OutputColumn c = plan.columns().get(i);
            selected.add(new io.sprocket.engine.expr.BoundExpression((row, ctx) -> row[slot], c.type(), c.nullable(), false, null));
            columns.add(c);
        }
        List<io.sprocket.engine.expr.BoundExpression> keys = new java.util.ArrayList<>();
        List<Boolean> desc = new java.util.ArrayList<>();
        for (OrderItem o : orderBy) {
            if (o.expression() instanceof io.sprocket.sql.ast.IntegerLiteral lit) {
                int pos = lit.value().intValue();
                if (pos < 1 || pos > selected.size()) {
                    throw new io.sprocket.engine.error.SqlException(io.sprocket.engine.error.ErrorCode.ER_BAD_FIELD_ERROR,
                            lit.text(), "order clause");
                }
                keys.add(selected.get(pos - 1));
            } else {
                keys.add(block.compiler().compile(o.expression(), scope, "order clause"));
            }
            desc.add(o.order() == io.sprocket.sql.ast.SortOrder.DESC);
        }
        return Projection.plan(columns, node, selected, keys, desc, false, limit, block,
                plan.correlated() || scope.isCorrelated(), false);
    }

    static Object unused(AllColumns a, DerivedTable d, QuerySpecification q) { return null; }
}
