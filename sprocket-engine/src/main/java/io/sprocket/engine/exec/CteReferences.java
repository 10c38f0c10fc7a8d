package io.sprocket.engine.exec;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.expr.Scope;
import java.util.ArrayList;
import java.util.List;

/** A FROM-clause reference to a common table expression. */
final class CteReferences {
    private CteReferences() {}

    static PlanNode node(QueryCompiler queries, QueryCompiler.CteDefinition cte, String alias, SelectCompiler.Block block) {
        Scope scope = block.scope();
        QueryPlan plan;
        List<String> names = new ArrayList<>();
        List<io.sprocket.engine.type.SqlType> types;
        List<Boolean> nullable;
        if (cte.working() != null) {
            // The recursive self-reference inside the recursive member: rows of the previous iteration.
            types = cte.working().types();
            names.addAll(cte.working().names());
            nullable = types.stream().map(t -> true).toList();
            List<Boolean> invisible = types.stream().map(t -> false).toList();
            Scope.Source s = scope.add(null, alias, cte.name(), names, types, nullable, invisible);
            int offset = s.offset(), width = s.width();
            RecursiveCte.WorkingTable working = cte.working();
            return (ctx, context) -> Nodes.materialized((c, x) -> working.rows(), offset, width, block.scope().width())
                    .open(ctx, context);
        }
        plan = cte.recursive() ? RecursiveCte.compile(queries, cte, scope.parent())
                : queries.compile(cte.query(), scope.parent());
        if (!cte.columns().isEmpty()) {
            if (cte.columns().size() != plan.columns().size()) {
                throw new SqlException(ErrorCode.ER_WRONG_NUMBER_OF_COLUMNS_IN_SELECT);
            }
            names.addAll(cte.columns());
        } else {
            for (OutputColumn c : plan.columns()) names.add(c.name());
        }
        QueryCompiler.columnNamesOf(names);
        types = plan.types();
        nullable = plan.columns().stream().map(OutputColumn::nullable).toList();
        List<Boolean> invisible = types.stream().map(t -> false).toList();
        Scope.Source s = scope.add(null, alias, cte.name(), names, types, nullable, invisible);
        int offset = s.offset(), width = s.width();
        QueryPlan compiled = plan;
        return (ctx, context) -> {
            List<Object[]> rows = new ArrayList<>();
            try (RowIterator it = compiled.open(ctx)) {
                Object[] r;
                while ((r = it.next()) != null) rows.add(r.clone());
            }
            return Nodes.materialized((c, x) -> rows, offset, width, block.scope().width()).open(ctx, context);
        };
    }
}
