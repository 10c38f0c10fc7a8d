package io.sprocket.engine.exec;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.Scope;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.NestedQuery;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.Query;
import io.sprocket.sql.ast.QueryBody;
import io.sprocket.sql.ast.SetOperation;
import io.sprocket.sql.ast.SetOperator;
import io.sprocket.sql.ast.TableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * WITH RECURSIVE: the non-recursive members seed the result, then the recursive members run repeatedly over
 * the rows the previous iteration produced, until an iteration adds nothing (cte_max_recursion_depth bounds it).
 */
final class RecursiveCte {
    private RecursiveCte() {}

    /** The rows of the previous iteration, read by the self-reference. */
    static final class WorkingTable {
        private final List<String> names;
        private final List<SqlType> types;
        private List<Object[]> rows = List.of();

        WorkingTable(List<String> names, List<SqlType> types) {
            this.names = names;
            this.types = types;
        }

        List<String> names() { return names; }

        List<SqlType> types() { return types; }

        List<Object[]> rows() { return rows; }
    }

    static QueryPlan compile(QueryCompiler queries, QueryCompiler.CteDefinition cte, Scope outer) {
        List<QueryBody> anchors = new ArrayList<>();
        List<QueryBody> recursive = new ArrayList<>();
        List<Boolean> distinct = new ArrayList<>();
        split(cte.query().body(), cte.name(), anchors, recursive, distinct);
        if (recursive.isEmpty()) {
            return queries.compile(cte.query(), outer);
        }
        if (anchors.isEmpty()) throw new SqlException(ErrorCode.ER_CTE_RECURSIVE_REQUIRES_UNION, cte.name());
        QueryPlan anchor = null;
        for (QueryBody b : anchors) {
            QueryPlan p = queries.compileBody(b, outer, io.sprocket.engine.row.LockMode.NONE);
            anchor = anchor == null ? p : SetOperations.combine(SetOperator.UNION, !distinct.contains(true), anchor, p);
        }
        List<String> names = new ArrayList<>();
        if (!cte.columns().isEmpty()) names.addAll(cte.columns());
        else for (OutputColumn c : anchor.columns()) names.add(c.name());
        WorkingTable working = new WorkingTable(names, anchor.types());
        Map<String, QueryCompiler.CteDefinition> self = new HashMap<>();
        self.put(cte.name(), new QueryCompiler.CteDefinition(cte.name(), cte.columns(), cte.query(), false, working));
        List<QueryPlan> steps = new ArrayList<>();
        queries.pushCteScope(self);
        try {
            for (QueryBody b : recursive) steps.add(queries.compileBody(b, outer, io.sprocket.engine.row.LockMode.NONE));
        } finally {
            queries.popCteScope();
        }
        boolean dedupe = distinct.contains(true);
        int n = names.size();
        List<OutputColumn> columns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            OutputColumn c = anchor.columns().get(i);
            columns.add(new OutputColumn(names.get(i), c.type(), true, null));
        }
        Collation[] collations = new Collation[n];
        for (int i = 0; i < n; i++) collations[i] = anchor.types().get(i).collation();
        QueryPlan seed = anchor;
        return new QueryPlan(columns, ctx -> {
            long maxDepth = ((Number) ctx.session().systemVariable(io.sprocket.sql.ast.VariableScope.UNQUALIFIED,
                    "cte_max_recursion_depth")).longValue();
            List<Object[]> result = new ArrayList<>(SetOperations.drain(seed.open(ctx)));
            Set<Projection.DistinctKey> seen = new HashSet<>();
            if (dedupe) {
                List<Object[]> unique = new ArrayList<>();
                for (Object[] r : result) if (seen.add(new Projection.DistinctKey(r, n, collations))) unique.add(r);
                result = unique;
            }
            List<Object[]> last = result;
            long iterations = 0;
            while (!last.isEmpty()) {
                if (++iterations > maxDepth) throw new SqlException(ErrorCode.ER_CTE_MAX_RECURSION_DEPTH, iterations);
                working.rows = last;
                List<Object[]> produced = new ArrayList<>();
                for (QueryPlan step : steps) {
                    for (Object[] r : SetOperations.drain(step.open(ctx))) {
                        if (!dedupe || seen.add(new Projection.DistinctKey(r, n, collations))) produced.add(r);
                    }
                }
                result.addAll(produced);
                last = produced;
            }
            working.rows = List.of();
            return Nodes.ofList(result);
        }, anchor.correlated());
    }

    private static void split(QueryBody body, String name, List<QueryBody> anchors, List<QueryBody> recursive,
                              List<Boolean> distinct) {
        if (body instanceof SetOperation s && s.operator() == SetOperator.UNION) {
            split(s.left(), name, anchors, recursive, distinct);
            distinct.add(!s.all());
            split(s.right(), name, anchors, recursive, distinct);
            return;
        }
        if (references(body, name)) recursive.add(body);
        else anchors.add(body);
    }

    private static boolean references(QueryBody body, String name) {
        List<io.sprocket.sql.ast.Expression> none = new ArrayList<>();
        return containsTable(body, name);
    }

    private static boolean containsTable(Object node, String name) {
        if (node instanceof TableName t) {
            ObjectName n = t.name();
            return n.schema() == null && n.name().equals(name);
        }
        if (node == null || !node.getClass().isRecord()) return false;
        for (var rc : node.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof List<?> list) {
                for (Object o : list) if (containsTable(o, name)) return true;
            } else if (v instanceof io.sprocket.sql.ast.Node && containsTable(v, name)) {
                return true;
            }
        }
        return false;
    }

    static Object unused(NestedQuery q, Query r) { return null; }
}
