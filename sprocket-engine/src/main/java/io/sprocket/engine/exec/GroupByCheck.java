package io.sprocket.engine.exec;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.Scope;
import io.sprocket.sql.ast.AggregateCall;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.GroupConcat;
import io.sprocket.sql.ast.QuerySpecification;
import io.sprocket.sql.ast.SelectExpression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ONLY_FULL_GROUP_BY: every select-list column outside an aggregate must be grouped (by slot, or by the whole
 * expression), errors 1055 (with GROUP BY) and 1140 (aggregates without GROUP BY). Functional dependence is
 * recognised for a grouped primary key of the column's table only.
 */
final class GroupByCheck {
    private GroupByCheck() {}

    static void check(QuerySpecification spec, List<SelectExpression> items, List<BoundExpression> groupKeys,
                      Scope scope, SelectCompiler.Block block) {
        Set<Integer> groupedSlots = new HashSet<>();
        for (BoundExpression k : groupKeys) {
            if (k.column() != null && k.column().depth() == 0) groupedSlots.add(k.column().slot());
        }
        for (int i = 0; i < items.size(); i++) {
            Expression e = items.get(i).expression();
            if (spec.groupBy().contains(e)) continue;
            String alias = items.get(i).alias();
            if (alias != null && spec.groupBy().stream().anyMatch(
                    g -> g instanceof ColumnRef c && c.table() == null && c.column().equalsIgnoreCase(alias))) {
                continue; // GROUP BY the item's own alias
            }
            List<Expression> refs = new ArrayList<>();
            AstWalk.collect(e, x -> x instanceof ColumnRef || x instanceof AggregateCall || x instanceof GroupConcat, refs);
            for (Expression r : refs) {
                if (!(r instanceof ColumnRef c)) continue;
                Scope.Resolved res = scope.resolveHere(c.schema(), c.table(), c.column(), "field list");
                if (res == null || groupedSlots.contains(res.slot())) continue;
                if (primaryKeyGrouped(res.source(), groupedSlots)) continue;
                String name = (res.source().schema() == null ? "" : res.source().schema() + ".") + res.source().alias()
                        + "." + res.source().columns().get(res.columnIndex());
                if (spec.groupBy().isEmpty()) throw new SqlException(ErrorCode.ER_MIX_OF_GROUP_FUNC_AND_FIELDS, i + 1, name);
                throw new SqlException(ErrorCode.ER_WRONG_FIELD_WITH_GROUP, i + 1, "SELECT list", name);
            }
        }
    }

    private static boolean primaryKeyGrouped(Scope.Source source, Set<Integer> groupedSlots) {
        return source.primaryKey() != null && !source.primaryKey().isEmpty()
                && source.primaryKey().stream().allMatch(c -> groupedSlots.contains(source.offset() + c));
    }
}
