package io.sprocket.engine.exec;

import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.CompileContext;
import io.sprocket.engine.expr.Evaluator;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.ExpressionCompiler;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.expr.Scope;
import io.sprocket.engine.expr.SubqueryPlan;
import io.sprocket.engine.function.FunctionRegistry;
import io.sprocket.engine.row.LockMode;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.AggregateCall;
import io.sprocket.sql.ast.AllColumns;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.DerivedTable;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.GroupConcat;
import io.sprocket.sql.ast.IntegerLiteral;
import io.sprocket.sql.ast.Join;
import io.sprocket.sql.ast.JoinType;
import io.sprocket.sql.ast.Limit;
import io.sprocket.sql.ast.OrderItem;
import io.sprocket.sql.ast.Query;
import io.sprocket.sql.ast.QuerySpecification;
import io.sprocket.sql.ast.SelectExpression;
import io.sprocket.sql.ast.SelectItem;
import io.sprocket.sql.ast.SortOrder;
import io.sprocket.sql.ast.TableName;
import io.sprocket.sql.ast.TableReference;
import io.sprocket.sql.ast.WindowFunctionCall;
import java.util.ArrayList;
import java.util.List;

/** Compiles one query specification (SELECT ... FROM ... WHERE ... GROUP BY ... HAVING ... ORDER BY ... LIMIT). */
final class SelectCompiler {
    private final QueryCompiler queries;
    private final QuerySpecification spec;
    private final List<OrderItem> orderBy;
    private final Limit limit;
    private final LockMode lock;
    private final Block block;

    SelectCompiler(QueryCompiler queries, QuerySpecification spec, List<OrderItem> orderBy, Limit limit, LockMode lock,
                   Scope outer) {
        this.queries = queries;
        this.spec = spec;
        this.orderBy = orderBy;
        this.limit = limit;
        this.lock = lock;
        this.block = new Block(queries, new Scope(outer));
    }

    /** A query block's compile state: its scope, expression compiler, and the aggregates found in it. */
    static final class Block implements CompileContext {
        private final QueryCompiler queries;
        private final Scope scope;
        private final ExpressionCompiler compiler;
        /** Aggregates are bound to slots after the FROM row; null while aggregates are not allowed. */
        List<Aggregation.Spec> aggregates;
        int aggregateBase;
        boolean aggregatesFound;
        /** Window calls of the select list and ORDER BY; their slots start at windowBase[0], fixed at the end. */
        final List<Windows.Call> windows = new ArrayList<>();
        final int[] windowBase = new int[1];
        boolean windowsAllowed;
        List<io.sprocket.sql.ast.NamedWindow> namedWindows = List.of();

        Block(QueryCompiler queries, Scope scope) {
            this.queries = queries;
            this.scope = scope;
            this.compiler = new ExpressionCompiler(this);
        }

        Scope scope() { return scope; }

        ExpressionCompiler compiler() { return compiler; }

        @Override public FunctionRegistry functions() { return queries.env().functions(); }

        @Override public Collation literalCollation() { return queries.env().literalCollation(); }

        @Override public int divPrecisionIncrement() { return queries.env().divPrecisionIncrement(); }

        @Override public String currentDatabase() { return queries.env().currentDatabase(); }

        @Override public SubqueryPlan compileSubquery(Query query, Scope parent) {
            return queries.compile(query, parent);
        }

        @Override public String text(Expression e) { return queries.env().text(e); }

        @Override public Object peekSystemVariable(io.sprocket.sql.ast.VariableScope scope, String name) {
            return queries.env().peekSystemVariable(scope, name);
        }

        @Override public Object peekUserVariable(String name) {
            return queries.env().peekUserVariable(name);
        }

        @Override public void compileWarning(io.sprocket.engine.error.ErrorCode code, Object... args) {
            queries.env().compileWarning(code, args);
        }

        @Override public io.sprocket.engine.expr.LocalVariables locals() { return queries.env().locals(); }

        @Override public BoundExpression storedFunction(String schema, String name, BoundExpression[] arguments,
                                                        String callText) {
            return queries.env().storedFunction(schema, name, arguments, callText);
        }

        @Override
        public BoundExpression bindAggregate(Expression call, Scope callScope) {
            if (call instanceof WindowFunctionCall || call instanceof AggregateCall a && a.over() != null) {
                if (!windowsAllowed) {
                    String name = call instanceof WindowFunctionCall w ? w.name() : ((AggregateCall) call).name();
                    throw new SqlException(ErrorCode.ER_WINDOW_INVALID_WINDOW_FUNC_USE, name);
                }
                windowsAllowed = false;
                try {
                    windows.add(Windows.compile(call, this, namedWindows));
                } finally {
                    windowsAllowed = true;
                }
                int index = windows.size() - 1;
                int[] base = windowBase;
                return new BoundExpression((row, ctx) -> row[base[0] + index], windows.get(index).type(), true, false, null);
            }
            if (aggregates == null) return null;
            aggregatesFound = true;
            // Arguments see the FROM row, never other aggregates (nested aggregates are 1111).
            List<Aggregation.Spec> saved = aggregates;
            aggregates = null;
            try {
                Aggregation.Spec spec = Aggregation.spec(call, this);
                saved.add(spec);
                int slot = aggregateBase + saved.size() - 1;
                return new BoundExpression((row, ctx) -> row[slot], spec.type(), true, false, null);
            } finally {
                aggregates = saved;
            }
        }
    }

    QueryPlan compile() {
        Scope scope = block.scope();
        // FROM
        FromCompiler from = new FromCompiler(queries, block, lock);
        List<Expression> whereConjuncts = new ArrayList<>();
        if (spec.where() != null) AccessPaths.conjuncts(spec.where(), whereConjuncts);
        PlanNode source = spec.from().isEmpty() ? null : from.compile(spec.from(), whereConjuncts);
        int width = scope.width();
        if (source == null) source = Nodes.single(0);
        // WHERE (aggregates not allowed)
        if (spec.where() != null) {
            BoundExpression where = block.compiler().compile(spec.where(), scope, "where clause");
            source = Nodes.filter(source, where.evaluator());
        }
        // Expand the select list.
        List<SelectExpression> items = expand(spec.items(), scope);
        boolean grouped = !spec.groupBy().isEmpty() || containsAggregate(items) || spec.having() != null
                && containsAggregate(spec.having());
        block.aggregates = grouped ? new ArrayList<>() : null;
        block.aggregateBase = width;
        block.namedWindows = spec.windows();
        // GROUP BY keys are compiled against the FROM row (may reference select aliases or positions).
        List<BoundExpression> groupKeys = new ArrayList<>();
        for (Expression g : spec.groupBy()) {
            groupKeys.add(groupKey(g, items, scope));
        }
        // Select list.
        List<BoundExpression> selected = new ArrayList<>();
        List<OutputColumn> columns = new ArrayList<>();
        block.windowsAllowed = true;
        for (SelectExpression item : items) {
            BoundExpression e = block.compiler().compile(item.expression(), scope, "field list");
            selected.add(e);
            columns.add(new OutputColumn(QueryCompiler.nameOf(item), e.type(), e.nullable(), e.column()));
        }
        block.windowsAllowed = false;
        BoundExpression having = null;
        if (spec.having() != null) {
            having = HavingResolver.compile(spec.having(), items, selected, block, scope);
        }
        // ORDER BY keys: select aliases and positions first, then expressions over the row.
        List<BoundExpression> sortKeys = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        block.windowsAllowed = true;
        for (OrderItem o : orderBy) {
            sortKeys.add(orderKey(o.expression(), items, selected, scope));
            descending.add(o.order() == SortOrder.DESC);
        }
        block.windowsAllowed = false;
        if (grouped && queries.env().onlyFullGroupBy()) {
            GroupByCheck.check(spec, items, groupKeys, scope, block);
        }
        if (grouped) {
            source = Aggregation.node(source, groupKeys, block.aggregates, width, !spec.groupBy().isEmpty(),
                    spec.withRollup());
        }
        if (having != null) source = Nodes.filter(source, having.evaluator());
        if (!block.windows.isEmpty()) {
            block.windowBase[0] = width + (grouped ? block.aggregates.size() : 0);
            source = Windows.node(source, block.windows, block.windowBase);
        }
        return Projection.plan(columns, source, selected, sortKeys, descending, spec.distinct(), limit, block,
                scope.isCorrelated(), spec.calcFoundRows());
    }

    private boolean containsAggregate(List<SelectExpression> items) {
        for (SelectExpression i : items) if (containsAggregate(i.expression())) return true;
        for (OrderItem o : orderBy) if (containsAggregate(o.expression())) return true;
        return false;
    }

    static boolean containsAggregate(Expression e) {
        return AstWalk.any(e, x -> x instanceof AggregateCall a && a.over() == null || x instanceof GroupConcat);
    }

    /** Replaces * and t.* with the columns they stand for. */
    private List<SelectExpression> expand(List<SelectItem> items, Scope scope) {
        List<SelectExpression> out = new ArrayList<>();
        for (SelectItem item : items) {
            switch (item) {
                case SelectExpression e -> out.add(e);
                case AllColumns all -> {
                    boolean any = false;
                    if (all.table() == null) {
                        // USING/NATURAL join columns come first, once each (MySQL's SELECT * of a natural join).
                        for (int k = 0; k < scope.coalescedColumns().size(); k++) {
                            Scope.Source s = scope.sources().get(scope.coalescedSources().get(k));
                            String c = s.columns().get(s.indexOf(scope.coalescedColumns().get(k)));
                            out.add(new SelectExpression(new ColumnRef(null, null, c), null, c, new io.sprocket.sql.ast.SourceSpan(0, 0)));
                        }
                    }
                    for (int si = 0; si < scope.sources().size(); si++) {
                        Scope.Source s = scope.sources().get(si);
                        if (all.table() != null && !s.alias().equals(all.table())) continue;
                        if (all.table() != null && all.schema() != null && !all.schema().equals(s.schema())) continue;
                        any = true;
                        scope.checkStar(s, () -> queries.env().selectDenied(s.table()));
                        for (int i = 0; i < s.columns().size(); i++) {
                            if (s.invisible().get(i)) continue;
                            String c = s.columns().get(i);
                            if (all.table() == null && scope.hiddenFromStar(si, c)) continue;
                            out.add(new SelectExpression(new ColumnRef(null, s.alias(), c), null, c, new io.sprocket.sql.ast.SourceSpan(0, 0)));
                        }
                    }
                    if (!any) {
                        if (all.table() == null) throw new SqlException(ErrorCode.ER_NO_TABLES_USED);
                        throw new SqlException(ErrorCode.ER_BAD_TABLE_ERROR, all.table());
                    }
                }
            }
        }
        return out;
    }

    private BoundExpression groupKey(Expression g, List<SelectExpression> items, Scope scope) {
        if (g instanceof IntegerLiteral lit) {
            int pos = lit.value().intValue();
            if (pos < 1 || pos > items.size()) throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, lit.text(), "group statement");
            return compileNoAggregates(items.get(pos - 1).expression(), scope, "group statement");
        }
        if (g instanceof ColumnRef c && c.table() == null && scope.resolveHere(null, null, c.column(), "group statement") == null) {
            for (SelectExpression item : items) {
                if (item.alias() != null && item.alias().equalsIgnoreCase(c.column())) {
                    return compileNoAggregates(item.expression(), scope, "group statement");
                }
            }
        }
        return compileNoAggregates(g, scope, "group statement");
    }

    private BoundExpression compileNoAggregates(Expression e, Scope scope, String clause) {
        var saved = block.aggregates;
        block.aggregates = null;
        try {
            return block.compiler().compile(e, scope, clause);
        } catch (SqlException ex) {
            if (ex.errno() == ErrorCode.ER_INVALID_GROUP_FUNC_USE.errno()) {
                throw new SqlException(ErrorCode.ER_WRONG_GROUP_FIELD, e instanceof ColumnRef c ? c.column() : queries.env().text(e));
            }
            throw ex;
        } finally {
            block.aggregates = saved;
        }
    }

    private BoundExpression orderKey(Expression e, List<SelectExpression> items, List<BoundExpression> selected, Scope scope) {
        if (e instanceof IntegerLiteral lit) {
            int pos = lit.value().intValue();
            if (pos < 1 || pos > items.size()) throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, lit.text(), "order clause");
            return Projection.selectedRef(pos - 1, selected.get(pos - 1));
        }
        if (e instanceof ColumnRef c && c.table() == null) {
            for (int i = 0; i < items.size(); i++) {
                SelectExpression item = items.get(i);
                if (item.alias() != null && item.alias().equalsIgnoreCase(c.column())) {
                    return Projection.selectedRef(i, selected.get(i));
                }
            }
        }
        return block.compiler().compile(e, scope, "order clause");
    }

    // ------------------------------------------------------------------ FROM

    /** Compiles the FROM clause into nested-loop nodes, choosing index access where the conditions allow. */
    static final class FromCompiler {
        private final QueryCompiler queries;
        private final Block block;
        private final LockMode lock;

        FromCompiler(QueryCompiler queries, Block block, LockMode lock) {
            this.queries = queries;
            this.block = block;
            this.lock = lock;
        }

        PlanNode compile(List<TableReference> from, List<Expression> where) {
            PlanNode node = null;
            for (TableReference ref : from) {
                PlanNode next = reference(ref, where, true);
                node = node == null ? next : Nodes.nestedLoop(node, next, null, false, 0, 0);
            }
            return node;
        }

        private PlanNode reference(TableReference ref, List<Expression> pushable, boolean inner) {
            return switch (ref) {
                case TableName t -> table(t, pushable);
                case DerivedTable d -> derived(d);
                case Join j -> join(j, pushable);
            };
        }

        private PlanNode join(Join j, List<Expression> where) {
            Scope scope = block.scope();
            JoinType type = j.type();
            if (type == JoinType.RIGHT || type == JoinType.NATURAL_RIGHT) {
                // a RIGHT JOIN b: scan b, look up a; slots still follow FROM order.
                int before = scope.sources().size();
                PlanNode left = reference(j.left(), List.of(), false);
                int leftEnd = scope.sources().size();
                int leftOffset = before < scope.sources().size() ? scope.sources().get(before).offset() : scope.width();
                int leftWidth = scope.width() - leftOffset;
                List<Expression> on = new ArrayList<>();
                PlanNode right = reference(j.right(), List.of(), false);
                Evaluator cond = joinCondition(j, before, leftEnd, on);
                return Nodes.nestedLoop(right, left, cond, true, leftOffset, leftWidth);
            }
            PlanNode left = reference(j.left(), type == JoinType.LEFT || type == JoinType.NATURAL_LEFT ? List.of() : where, true);
            int before = block.scope().sources().size();
            int rightOffset = scope.width();
            List<Expression> onConjuncts = new ArrayList<>();
            if (j.on() != null) AccessPaths.conjuncts(j.on(), onConjuncts);
            boolean outer = type == JoinType.LEFT || type == JoinType.NATURAL_LEFT;
            List<Expression> pushable = new ArrayList<>(onConjuncts);
            if (!outer) pushable.addAll(where);
            PlanNode right = reference(j.right(), pushable, true);
            int rightWidth = scope.width() - rightOffset;
            Evaluator cond = joinCondition(j, 0, before, onConjuncts);
            return Nodes.nestedLoop(left, right, cond, outer, rightOffset, rightWidth);
        }

        /** ON, USING or NATURAL condition; USING/NATURAL columns become coalesced for unqualified use. */
        private Evaluator joinCondition(Join j, int leftFrom, int leftTo, List<Expression> ignored) {
            Scope scope = block.scope();
            List<String> using = new ArrayList<>(j.using());
            if (j.type() == JoinType.NATURAL || j.type() == JoinType.NATURAL_LEFT || j.type() == JoinType.NATURAL_RIGHT) {
                Scope.Source right = scope.sources().get(scope.sources().size() - 1);
                for (String c : right.columns()) {
                    if (c.equals(LOCATOR)) continue;
                    for (int i = leftFrom; i < scope.sources().size() - 1; i++) {
                        if (scope.sources().get(i).indexOf(c) >= 0 && !using.contains(c)) {
                            using.add(c);
                            break;
                        }
                    }
                }
            }
            if (!using.isEmpty()) {
                Scope.Source right = scope.sources().get(scope.sources().size() - 1);
                int rightIndex = scope.sources().size() - 1;
                Expression cond = null;
                for (String c : using) {
                    int leftIndex = -1;
                    for (int i = 0; i < rightIndex; i++) {
                        if (scope.sources().get(i).indexOf(c) >= 0) {
                            leftIndex = i;
                            break;
                        }
                    }
                    if (leftIndex < 0 || right.indexOf(c) < 0) {
                        throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, c, "from clause");
                    }
                    Scope.Source left = scope.sources().get(leftIndex);
                    Expression eq = new BinaryOperation(BinaryOperator.EQUAL,
                            new ColumnRef(left.schema(), left.alias(), c), new ColumnRef(right.schema(), right.alias(), c));
                    cond = cond == null ? eq : new BinaryOperation(BinaryOperator.AND, cond, eq);
                    boolean rightWins = j.type() == JoinType.NATURAL_RIGHT || j.type() == JoinType.RIGHT;
                    scope.coalesce(c, rightWins ? rightIndex : leftIndex);
                    scope.hideFromStar(rightWins ? leftIndex : rightIndex, c);
                    scope.hideFromStar(rightWins ? rightIndex : leftIndex, c);
                }
                return block.compiler().compile(cond, scope, "on clause").evaluator();
            }
            if (j.on() == null) return null;
            return block.compiler().compile(j.on(), scope, "on clause").evaluator();
        }

        private PlanNode table(TableName t, List<Expression> pushable) {
            Scope scope = block.scope();
            String alias = t.alias() != null ? t.alias() : t.name().name();
            if (t.name().schema() == null) {
                QueryCompiler.CteDefinition cte = queries.cte(t.name().name());
                if (cte != null) return CteReferences.node(queries, cte, alias, block);
            }
            String schema = t.name().schema() != null ? t.name().schema() : queries.env().currentDatabase();
            if (schema != null) {
                VirtualTable v = queries.env().virtualTable(schema, t.name().name());
                if (v != null) {
                    List<Boolean> nullable = v.columns().stream().map(c -> true).toList();
                    List<Boolean> invisible = v.columns().stream().map(c -> false).toList();
                    Scope.Source s = scope.add(v.schema(), alias, v.name(), v.columns(), v.types(), nullable, invisible);
                    int offset = s.offset();
                    int w = s.width();
                    return (ctx, context) -> {
                        List<Object[]> rows = v.rows(ctx);
                        int blockWidth = block.scope().width();
                        return Nodes.materialized((c, x) -> rows, offset, w, blockWidth).open(ctx, context);
                    };
                }
            }
            if (schema != null) {
                ViewReference view = queries.env().view(schema, t.name().name());
                if (view != null) return view(view, alias);
            }
            TableDef def = queries.table(t.name());
            List<String> names = new ArrayList<>();
            List<SqlType> types = new ArrayList<>();
            List<Boolean> nullable = new ArrayList<>();
            List<Boolean> invisible = new ArrayList<>();
            for (ColumnDef c : def.columns()) {
                names.add(c.name());
                types.add(c.type());
                nullable.add(c.nullable());
                invisible.add(c.invisible());
            }
            // A hidden slot after the columns holds the row's storage locator (for UPDATE and DELETE).
            names.add(LOCATOR);
            types.add(SqlType.varbinary(16));
            nullable.add(true);
            invisible.add(true);
            List<Integer> pk = def.primaryKey() == null ? null
                    : def.primaryKey().parts().stream().map(p -> p.column()).toList();
            Scope.Source s = scope.add(def.schema(), alias, def.name(), names, types, nullable, invisible, pk);
            var columnGuard = queries.takeColumnGuard();
            if (columnGuard != null) scope.guard(s, columnGuard);
            int sourceIndex = scope.sources().size() - 1;
            return AccessPaths.choose(def, s, sourceIndex, pushable, block, lock);
        }

        /**
         * A view: SELECT on the view's name (1142), then its SELECT compiled like a derived table in the view's own
         * context, with no CTE or outer reference of this query visible; its rows are read in that context too.
         */
        private PlanNode view(ViewReference view, String alias) {
            var guard = queries.env().requireSelect(view.schema(), view.name());
            QueryPlan plan = view.compile(q -> new QueryCompiler(queries.env()).compile(q, null));
            List<String> names = view.columns();
            if (names.size() != plan.columns().size()) {
                throw new SqlException(ErrorCode.ER_VIEW_INVALID, view.schema(), view.name());
            }
            List<Boolean> nullable = plan.columns().stream().map(OutputColumn::nullable).toList();
            List<Boolean> invisible = plan.columns().stream().map(c -> false).toList();
            Scope scope = block.scope();
            Scope.Source s = scope.add(view.schema(), alias, view.name(), names, plan.types(), nullable, invisible);
            if (guard != null) scope.guard(s, guard);
            int offset = s.offset();
            int w = s.width();
            return (ctx, context) -> {
                List<Object[]> rows = view.run(() -> {
                    List<Object[]> out = new ArrayList<>();
                    try (RowIterator it = plan.open(ctx)) {
                        Object[] r;
                        while ((r = it.next()) != null) out.add(r.clone());
                    }
                    return out;
                });
                int blockWidth = block.scope().width();
                return Nodes.materialized((c, x) -> rows, offset, w, blockWidth).open(ctx, context);
            };
        }

        private PlanNode derived(DerivedTable d) {
            if (d.alias() == null) throw new SqlException(ErrorCode.ER_DERIVED_MUST_HAVE_ALIAS);
            Scope scope = block.scope();
            QueryPlan plan = queries.compile(d.query(), d.lateral() ? scope : scope.parent());
            List<String> names = new ArrayList<>();
            if (!d.columnAliases().isEmpty()) {
                if (d.columnAliases().size() != plan.columns().size()) {
                    throw new SqlException(ErrorCode.ER_WRONG_NUMBER_OF_COLUMNS_IN_SELECT);
                }
                names.addAll(d.columnAliases());
            } else {
                for (OutputColumn c : plan.columns()) names.add(c.name());
            }
            QueryCompiler.columnNamesOf(names);
            List<Boolean> nullable = plan.columns().stream().map(OutputColumn::nullable).toList();
            List<Boolean> invisible = plan.columns().stream().map(c -> false).toList();
            Scope.Source s = scope.add(null, d.alias(), d.alias(), names, plan.types(), nullable, invisible);
            int offset = s.offset();
            int w = s.width();
            return (ctx, context) -> {
                List<Object[]> rows = new ArrayList<>();
                boolean lateral = d.lateral();
                if (lateral) ctx.pushOuter(context == null ? new Object[0] : context);
                try (RowIterator it = plan.open(ctx)) {
                    Object[] r;
                    while ((r = it.next()) != null) rows.add(r.clone());
                } finally {
                    if (lateral) ctx.popOuter();
                }
                int blockWidth = block.scope().width();
                return Nodes.materialized((c, x) -> rows, offset, w, blockWidth).open(ctx, context);
            };
        }
    }

    /** Name of the hidden locator slot of a base-table source; no SQL identifier can spell it. */
    static final String LOCATOR = "\0locator";

    static Object evalTruth(Evaluator e, Object[] row, ExecContext ctx) {
        return Ops.truth(e.eval(row, ctx), ctx.warnings());
    }
}
