package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.ViewDef;
import io.sprocket.sql.ast.AggregateCall;
import io.sprocket.sql.ast.DerivedTable;
import io.sprocket.sql.ast.Exists;
import io.sprocket.sql.ast.InSubquery;
import io.sprocket.sql.ast.Join;
import io.sprocket.sql.ast.Query;
import io.sprocket.sql.ast.QuerySpecification;
import io.sprocket.sql.ast.ScalarSubquery;
import io.sprocket.sql.ast.SelectExpression;
import io.sprocket.sql.ast.SelectItem;
import io.sprocket.sql.ast.TableName;
import io.sprocket.sql.ast.TableReference;
import io.sprocket.sql.ast.ViewAlgorithm;
import io.sprocket.sql.ast.WindowFunctionCall;

/**
 * Whether a view is updatable (MySQL 8.0 Reference Manual, 27.5.3 Updatable and Insertable Views): it must be
 * mergeable into the statement that uses it, so no aggregate or window function, DISTINCT, GROUP BY, HAVING, set
 * operation, LIMIT, subquery in the select list, ALGORITHM = TEMPTABLE, derived table or common table expression
 * in FROM, a FROM clause at all (a view of literals is not), and every table in FROM a base table or an updatable
 * view.
 */
final class Updatability {
    private Updatability() {
    }

    static boolean updatable(Catalog catalog, Query canonical, ViewAlgorithm algorithm) {
        if (algorithm == ViewAlgorithm.TEMPTABLE) return false;
        if (canonical.limit() != null || canonical.with() != null) return false;
        if (!(canonical.body() instanceof QuerySpecification s)) return false;
        if (s.distinct() || !s.groupBy().isEmpty() || s.having() != null || s.from().isEmpty()) return false;
        for (SelectItem item : s.items()) {
            if (!(item instanceof SelectExpression e)) continue;
            boolean[] bad = {false};
            ViewText.visitShallow(e.expression(), n -> {
                if (n instanceof AggregateCall || n instanceof WindowFunctionCall) bad[0] = true;
                Query sub = n instanceof ScalarSubquery q ? q.query() : n instanceof Exists x ? x.subquery()
                        : n instanceof InSubquery in ? in.subquery() : null;
                if (sub != null && dependent(sub)) bad[0] = true;
            });
            if (bad[0]) return false;
        }
        for (TableReference r : s.from()) if (!updatableSource(catalog, r)) return false;
        return true;
    }

    /**
     * Whether a subquery (in canonical form, every column qualified) refers to a table outside itself. 27.5.3:
     * "Nondependent subqueries in the select list fail for INSERT, but are okay for UPDATE, DELETE. For dependent
     * subqueries in the select list, no data change statements are permitted."
     */
    private static boolean dependent(Query sub) {
        java.util.Set<String> own = new java.util.HashSet<>();
        ViewText.visit(sub, n -> {
            if (n instanceof TableName t) own.add(t.alias() != null ? t.alias() : t.name().name());
            if (n instanceof DerivedTable d && d.alias() != null) own.add(d.alias());
        });
        boolean[] outer = {false};
        ViewText.visit(sub, n -> {
            if (n instanceof io.sprocket.sql.ast.ColumnRef c && c.table() != null && !own.contains(c.table())) outer[0] = true;
        });
        return outer[0];
    }

    private static boolean updatableSource(Catalog catalog, TableReference r) {
        return switch (r) {
            case DerivedTable d -> false;
            case Join j -> updatableSource(catalog, j.left()) && updatableSource(catalog, j.right());
            case TableName t -> {
                if (t.name().schema() == null) yield false; // a common table expression
                if (catalog.table(t.name().schema(), t.name().name()) != null) yield true;
                ViewDef v = catalog.view(t.name().schema(), t.name().name());
                yield v != null && v.updatable();
            }
        };
    }
}
