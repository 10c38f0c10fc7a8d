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
            ViewText.visit(e.expression(), n -> {
                if (n instanceof AggregateCall || n instanceof WindowFunctionCall || n instanceof ScalarSubquery
                        || n instanceof Exists || n instanceof InSubquery) {
                    bad[0] = true;
                }
            });
            if (bad[0]) return false;
        }
        for (TableReference r : s.from()) if (!updatableSource(catalog, r)) return false;
        return true;
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
