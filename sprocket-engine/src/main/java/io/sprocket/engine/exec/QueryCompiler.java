package io.sprocket.engine.exec;

import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.Evaluator;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.expr.Scope;
import io.sprocket.engine.expr.TypeAggregation;
import io.sprocket.engine.row.LockMode;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.AllColumns;
import io.sprocket.sql.ast.DerivedTable;
import io.sprocket.sql.ast.ExplicitTable;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.IntegerLiteral;
import io.sprocket.sql.ast.Join;
import io.sprocket.sql.ast.JoinType;
import io.sprocket.sql.ast.LockStrength;
import io.sprocket.sql.ast.NestedQuery;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.OrderItem;
import io.sprocket.sql.ast.Query;
import io.sprocket.sql.ast.QueryBody;
import io.sprocket.sql.ast.QuerySpecification;
import io.sprocket.sql.ast.RowConstructor;
import io.sprocket.sql.ast.SelectExpression;
import io.sprocket.sql.ast.SelectItem;
import io.sprocket.sql.ast.SetOperation;
import io.sprocket.sql.ast.SetOperator;
import io.sprocket.sql.ast.SortOrder;
import io.sprocket.sql.ast.TableName;
import io.sprocket.sql.ast.TableReference;
import io.sprocket.sql.ast.TableValueConstructor;
import io.sprocket.sql.ast.ColumnRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a query (SELECT, set operations, VALUES, TABLE, CTEs) into a {@link QueryPlan}: resolves names into
 * slots, picks access paths, and builds the operator pipeline FROM → WHERE → GROUP BY → HAVING → SELECT →
 * DISTINCT → ORDER BY → LIMIT.
 */
public final class QueryCompiler {
    private final CompileEnv env;
    /** Common table expressions visible at this point, innermost last. */
    private final List<Map<String, CteDefinition>> cteScopes = new ArrayList<>();

    public QueryCompiler(CompileEnv env) {
        this.env = env;
    }

    public CompileEnv env() { return env; }

    /** A CTE as referenced from FROM: compiled lazily per reference, or a recursive working table. */
    record CteDefinition(String name, List<String> columns, Query query, boolean recursive,
                         RecursiveCte.WorkingTable working) { }

    public QueryPlan compile(Query query, Scope outer) {
        return compile(query, outer, LockMode.NONE);
    }

    public QueryPlan compile(Query query, Scope outer, LockMode inheritedLock) {
        boolean pushed = false;
        if (query.with() != null) {
            Map<String, CteDefinition> defs = new HashMap<>();
            cteScopes.add(defs);
            pushed = true;
            for (var cte : query.with().expressions()) {
                if (defs.containsKey(cte.name())) throw new SqlException(ErrorCode.ER_NONUNIQ_TABLE, cte.name());
                defs.put(cte.name(), new CteDefinition(cte.name(), cte.columns(), cte.query(), query.with().recursive(), null));
            }
        }
        try {
            LockMode lock = inheritedLock;
            if (query.locking() != null) {
                lock = query.locking().strength() == LockStrength.FOR_UPDATE ? LockMode.EXCLUSIVE : LockMode.SHARED;
            }
            if (query.body() instanceof QuerySpecification spec) {
                return new SelectCompiler(this, spec, query.orderBy(), query.limit(), lock, outer).compile();
            }
            QueryPlan body = compileBody(query.body(), outer, lock);
            return SortAndLimit.apply(this, body, query.orderBy(), query.limit(), outer);
        } finally {
            if (pushed) cteScopes.remove(cteScopes.size() - 1);
        }
    }

    QueryPlan compileBody(QueryBody body, Scope outer, LockMode lock) {
        return switch (body) {
            case QuerySpecification spec -> new SelectCompiler(this, spec, List.of(), null, lock, outer).compile();
            case NestedQuery n -> compile(n.query(), outer, lock);
            case SetOperation s -> setOperation(s, outer, lock);
            case TableValueConstructor v -> values(v, outer);
            case ExplicitTable t -> {
                var spec = new QuerySpecification(false, false, false, List.of(new AllColumns(null, null)),
                        List.of(new TableName(t.table(), null, List.of(), List.of())), null, List.of(), false, null, List.of());
                yield new SelectCompiler(this, spec, List.of(), null, lock, outer).compile();
            }
        };
    }

    private QueryPlan setOperation(SetOperation s, Scope outer, LockMode lock) {
        if (s.operator() != SetOperator.UNION) {
            // INTERSECT and EXCEPT arrived in MySQL 8.0.31; implemented with the same distinct machinery.
        }
        if (containsRecursiveReference(s)) {
            throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "recursive reference here");
        }
        QueryPlan left = compileBody(s.left(), outer, lock);
        QueryPlan right = compileBody(s.right(), outer, lock);
        return SetOperations.combine(s.operator(), s.all(), left, right);
    }

    private boolean containsRecursiveReference(SetOperation s) {
        return false;
    }

    private QueryPlan values(TableValueConstructor v, Scope outer) {
        List<BoundExpression[]> rows = new ArrayList<>();
        SelectCompiler.Block block = new SelectCompiler.Block(this, new Scope(outer));
        int width = -1;
        for (RowConstructor r : v.rows()) {
            if (width >= 0 && r.items().size() != width) {
                throw new SqlException(ErrorCode.ER_WRONG_VALUE_COUNT_ON_ROW, rows.size() + 1);
            }
            width = r.items().size();
            rows.add(block.compiler().compileAll(r.items(), block.scope(), "field list"));
        }
        List<OutputColumn> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<BoundExpression> col = new ArrayList<>();
            for (BoundExpression[] r : rows) col.add(r[c]);
            columns.add(new OutputColumn("column_" + c, TypeAggregation.common(col), true, null));
        }
        return new QueryPlan(columns, ctx -> {
            List<Object[]> out = new ArrayList<>();
            for (BoundExpression[] r : rows) {
                Object[] values = new Object[r.length];
                for (int i = 0; i < r.length; i++) values[i] = r[i].eval(null, ctx);
                out.add(values);
            }
            return Nodes.ofList(out);
        }, block.scope().isCorrelated());
    }

    /** Finds a CTE visible under {@code name}, innermost first. */
    CteDefinition cte(String name) {
        for (int i = cteScopes.size() - 1; i >= 0; i--) {
            CteDefinition d = cteScopes.get(i).get(name);
            if (d != null) return d;
        }
        return null;
    }

    void pushCteScope(Map<String, CteDefinition> defs) { cteScopes.add(defs); }

    void popCteScope() { cteScopes.remove(cteScopes.size() - 1); }

    /** The column check of the table {@link #table} resolved last (null: all columns readable); see takeColumnGuard. */
    private java.util.function.Consumer<String> columnGuard;

    java.util.function.Consumer<String> takeColumnGuard() {
        var g = columnGuard;
        columnGuard = null;
        return g;
    }

    /** Resolves a table name to its definition (1046 no database, 1146 unknown table). */
    TableDef table(ObjectName name) {
        String schema = name.schema() != null ? name.schema() : env.currentDatabase();
        if (schema == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        columnGuard = env.requireSelect(schema, name.name());
        TableDef t = env.catalog().table(schema, name.name());
        if (t == null) throw new SqlException(ErrorCode.ER_NO_SUCH_TABLE, schema, name.name());
        return t;
    }

    static Set<String> columnNamesOf(List<String> names) {
        Set<String> set = new LinkedHashSet<>();
        for (String n : names) {
            if (!set.add(n.toLowerCase())) throw new SqlException(ErrorCode.ER_DUP_FIELDNAME, n);
        }
        return set;
    }

    static boolean isPositional(Expression e) {
        return e instanceof IntegerLiteral;
    }

    static SortOrder order(OrderItem item) {
        return item.order();
    }

    static Comparator<Object[]> unused() { return null; }

    static RowIterator drain(RowIterator it, List<Object[]> sink) {
        Object[] r;
        while ((r = it.next()) != null) sink.add(r);
        it.close();
        return null;
    }

    static Evaluator noop() { return (row, ctx) -> null; }

    static Object truthOrNull(Object v, ExecContext ctx) { return Ops.truth(v, ctx.warnings()); }

    static SqlType typeOf(BoundExpression e) { return e.type(); }

    static List<SelectItem> items(QuerySpecification spec) { return spec.items(); }

    static String nameOf(SelectExpression e) {
        if (e.alias() != null) return e.alias();
        if (e.expression() instanceof ColumnRef c) return c.column();
        return e.sourceText();
    }

    static boolean isJoin(TableReference r) { return r instanceof Join; }

    static boolean isOuter(JoinType t) {
        return t == JoinType.LEFT || t == JoinType.RIGHT || t == JoinType.NATURAL_LEFT || t == JoinType.NATURAL_RIGHT;
    }

    static boolean isDerived(TableReference r) { return r instanceof DerivedTable; }
}
