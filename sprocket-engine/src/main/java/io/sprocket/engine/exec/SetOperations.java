package io.sprocket.engine.exec;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.expr.TypeAggregation;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.SetOperator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** UNION [ALL | DISTINCT], INTERSECT and EXCEPT of two compiled queries. */
final class SetOperations {
    private SetOperations() {}

    static QueryPlan combine(SetOperator op, boolean all, QueryPlan left, QueryPlan right) {
        if (left.columns().size() != right.columns().size()) {
            throw new SqlException(ErrorCode.ER_WRONG_NUMBER_OF_COLUMNS_IN_SELECT);
        }
        int n = left.columns().size();
        List<OutputColumn> columns = new ArrayList<>();
        Collation[] collations = new Collation[n];
        for (int i = 0; i < n; i++) {
            OutputColumn l = left.columns().get(i), r = right.columns().get(i);
            SqlType type = TypeAggregation.commonOfTypes(List.of(l.type(), r.type()));
            columns.add(new OutputColumn(l.name(), type, l.nullable() || r.nullable(), null));
            collations[i] = type.collation();
        }
        boolean correlated = left.correlated() || right.correlated();
        return new QueryPlan(columns, ctx -> {
            List<Object[]> leftRows = drain(left.open(ctx));
            List<Object[]> rightRows = drain(right.open(ctx));
            List<Object[]> out = new ArrayList<>();
            switch (op) {
                case UNION -> {
                    if (all) {
                        out.addAll(leftRows);
                        out.addAll(rightRows);
                    } else {
                        Set<Projection.DistinctKey> seen = new LinkedHashSet<>();
                        for (Object[] r : leftRows) if (seen.add(new Projection.DistinctKey(r, n, collations))) out.add(r);
                        for (Object[] r : rightRows) if (seen.add(new Projection.DistinctKey(r, n, collations))) out.add(r);
                    }
                }
                case INTERSECT, EXCEPT -> {
                    Map<Projection.DistinctKey, Integer> counts = new HashMap<>();
                    for (Object[] r : rightRows) counts.merge(new Projection.DistinctKey(r, n, collations), 1, Integer::sum);
                    Set<Projection.DistinctKey> emitted = new LinkedHashSet<>();
                    for (Object[] r : leftRows) {
                        var key = new Projection.DistinctKey(r, n, collations);
                        int c = counts.getOrDefault(key, 0);
                        boolean inRight = c > 0;
                        if (op == SetOperator.INTERSECT ? inRight : !inRight) {
                            if (all || emitted.add(key)) {
                                out.add(r);
                                if (all && op == SetOperator.INTERSECT) counts.put(key, c - 1);
                            }
                        } else if (all && op == SetOperator.EXCEPT) {
                            counts.put(key, c - 1);
                        }
                    }
                }
            }
            return Nodes.ofList(out);
        }, correlated);
    }

    static List<Object[]> drain(RowIterator it) {
        List<Object[]> rows = new ArrayList<>();
        try (it) {
            Object[] r;
            while ((r = it.next()) != null) rows.add(r);
        }
        return rows;
    }
}
