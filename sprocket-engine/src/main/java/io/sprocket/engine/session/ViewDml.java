package io.sprocket.engine.session;

import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.catalog.ViewDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.ExpressionCompiler;
import io.sprocket.engine.expr.Ops;
import io.sprocket.engine.expr.Scope;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.security.Privilege;
import io.sprocket.sql.ast.Assignment;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.Delete;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Insert;
import io.sprocket.sql.ast.InsertQuery;
import io.sprocket.sql.ast.InsertSet;
import io.sprocket.sql.ast.InsertValues;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.OrderItem;
import io.sprocket.sql.ast.QuerySpecification;
import io.sprocket.sql.ast.SelectExpression;
import io.sprocket.sql.ast.SelectItem;
import io.sprocket.sql.ast.TableName;
import io.sprocket.sql.ast.TableReference;
import io.sprocket.sql.ast.Join;
import io.sprocket.sql.ast.JoinType;
import io.sprocket.sql.ast.Update;
import io.sprocket.sql.ast.ViewCheckOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * INSERT, UPDATE and DELETE through a view (MySQL 8.0 Reference Manual, 27.5.3 Updatable and Insertable Views,
 * 27.5.4 The View WITH CHECK OPTION Clause). A single-table updatable view is merged into the statement: its
 * columns become the expressions they stand for, its WHERE is added to the statement's, and the statement runs
 * against the view's table (or, for a view of a view, again through that one) in the view's security context, so
 * a DEFINER view's definer needs the privileges on the table. The invoker needs the statement's privilege on the
 * view itself. WITH CHECK OPTION: a written row must satisfy the view's WHERE (1369); CASCADED also checks the
 * views beneath, LOCAL only those that have a CHECK OPTION of their own.
 */
final class ViewDml {
    /** A CHECK OPTION condition compiled against the base table's row. */
    record Check(TableDef table, String schema, String view, BoundExpression condition) { }

    /** A CHECK OPTION condition on its way down to the base table, in terms of the current target's columns. */
    private record Pending(String schema, String view, Expression condition) { }

    private ViewDml() {
    }

    /** The view a DML statement's single target names, or null when it is not a view. */
    static ViewDef target(SessionImpl s, StatementEnv env, ObjectName name) {
        String schema = name.schema() != null ? name.schema() : env.currentDatabase();
        if (schema == null || s.isTemporary(schema, name.name())) return null;
        return env.catalog().view(schema, name.name());
    }

    /** Evaluates the CHECK OPTION conditions that apply to a row about to be written to {@code t} (1369). */
    static void checkOptions(SessionImpl s, TableDef t, Object[] row, ExecContext ctx) {
        for (Check c : s.viewChecks) {
            if (!c.table().schema().equals(t.schema()) || !c.table().name().equals(t.name())) continue;
            Object v = c.condition().eval(row, ctx);
            if (v == null || !Ops.truth(v, ctx.warnings())) {
                throw new SqlException(ErrorCode.ER_VIEW_CHECK_FAILED, c.schema(), c.view());
            }
        }
    }

    // ------------------------------------------------------------------ the merge

    /**
     * A view's FROM (one table, or a join of tables) and its select list, or null when it cannot be merged into a
     * DML statement.
     */
    private record Merge(ViewDef view, TableReference from, List<String> columns, List<Expression> expressions,
                         Expression where) {
        Expression expressionOf(String column) {
            for (int i = 0; i < columns.size(); i++) if (columns.get(i).equalsIgnoreCase(column)) return expressions.get(i);
            return null;
        }

        boolean join() { return !(from instanceof TableName); }

        /** The one table of a single-table view. */
        TableName table() { return (TableName) from; }

        List<TableName> leaves() {
            List<TableName> out = new ArrayList<>();
            collect(from, out);
            return out;
        }

        private static void collect(TableReference r, List<TableName> out) {
            if (r instanceof TableName t) out.add(t);
            else if (r instanceof Join j) {
                collect(j.left(), out);
                collect(j.right(), out);
            }
        }

        /** The table of the join a (canonical, qualified) column reference belongs to, or null. */
        TableName leafOf(ColumnRef c) {
            for (TableName t : leaves()) {
                if (t.alias() != null ? t.alias().equals(c.table()) && c.schema() == null
                        : t.name().name().equals(c.table()) && (c.schema() == null || c.schema().equals(t.name().schema()))) {
                    return t;
                }
            }
            return null;
        }
    }

    private static Merge merge(ViewDef v) {
        if (!v.updatable() || !(v.query().body() instanceof QuerySpecification spec) || spec.from().isEmpty()) return null;
        TableReference from = spec.from().get(0);
        for (int i = 1; i < spec.from().size(); i++) {
            from = new Join(JoinType.CROSS, from, spec.from().get(i), null, List.of()); // FROM a, b is a join
        }
        if (!(from instanceof TableName) && !tablesOnly(from)) return null;
        List<Expression> expressions = new ArrayList<>();
        for (SelectItem item : spec.items()) {
            if (!(item instanceof SelectExpression e)) return null;
            expressions.add(e.expression());
        }
        return new Merge(v, from, v.columns(), expressions, spec.where());
    }

    /** A join of base tables only (a view inside a join view is not written through yet). */
    private static boolean tablesOnly(TableReference r) {
        return switch (r) {
            case TableName t -> true;
            case Join j -> tablesOnly(j.left()) && tablesOnly(j.right());
            default -> false;
        };
    }

    /**
     * The one table of a join view that {@code targets} (canonical column references) belong to: 1393 when they
     * span several (27.5.3: an UPDATE or INSERT through a join view may change only one of its tables).
     */
    private static TableName joinTarget(Merge m, List<ColumnRef> targets) {
        TableName target = null;
        for (ColumnRef c : targets) {
            TableName t = m.leafOf(c);
            if (t == null) continue;
            if (target != null && target != t) {
                throw new SqlException(ErrorCode.ER_VIEW_MULTIUPDATE, m.view().schema(), m.view().name());
            }
            target = t;
        }
        return target;
    }

    /**
     * {@code e} with references to the view (by {@code alias}, or unqualified) replaced by what they stand for;
     * {@code clause} names the clause in 1054 for a column the view does not have.
     */
    private static Expression rewrite(Expression e, Merge m, String alias, String clause) {
        if (e == null) return null;
        return (Expression) ViewText.mapColumns(e, c -> {
            if (c.table() != null && !c.table().equals(alias)) return c;
            if (c.schema() != null && !c.schema().equals(m.view().schema())) return c;
            Expression x = m.expressionOf(c.column());
            if (x == null) {
                String name = c.table() == null ? c.column() : c.table() + "." + c.column();
                throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, name, clause);
            }
            return x;
        });
    }

    private static Expression and(Expression a, Expression b) {
        if (a == null) return b;
        if (b == null) return a;
        return new BinaryOperation(BinaryOperator.AND, a, b);
    }

    /**
     * The checks on their way down after {@code m}: those of the views above rewritten into {@code m}'s table, plus
     * {@code m}'s WHERE when it has a CHECK OPTION or one above cascades. A failure names {@code top}, the view the
     * statement names, as MySQL reports it (27.5.4: INSERT INTO v2 fails with 'test.v2' for v1's condition).
     */
    private static List<Pending> pendingThrough(List<Pending> pending, Merge m, boolean cascade, ViewDef top) {
        List<Pending> out = new ArrayList<>();
        // conditions of the views above, in terms of this view's columns: now in terms of its table's
        for (Pending p : pending) out.add(new Pending(p.schema(), p.view(), rewrite(p.condition(), m, m.view().name(), "where clause")));
        if ((cascade || m.view().checkOption() != ViewCheckOption.NONE) && m.where() != null) {
            out.add(new Pending(top.schema(), top.name(), m.where()));
        }
        return out;
    }

    private static boolean cascadeBelow(Merge m, boolean cascade) {
        return cascade || m.view().checkOption() == ViewCheckOption.CASCADED;
    }

    /**
     * The conditions of a join view's checks that read only the table written (a condition across several tables
     * of a join is not checked yet).
     */
    private static List<Pending> onlyOn(Merge m, TableName written, List<Pending> pending) {
        List<Pending> out = new ArrayList<>();
        for (Pending p : pending) {
            boolean[] other = {false};
            ViewText.visit(p.condition(), n -> {
                if (n instanceof ColumnRef c && m.leafOf(c) != written) other[0] = true;
            });
            if (!other[0]) out.add(p);
        }
        return out;
    }

    /** The checks compiled against the base table's row, with every column reference unqualified. */
    private static List<Check> compile(StatementEnv env, TableDef t, List<Pending> pending) {
        if (pending.isEmpty()) return List.of();
        Scope scope = Dml.rowScope(t);
        ExpressionCompiler compiler = new ExpressionCompiler(env.standalone());
        List<Check> checks = new ArrayList<>();
        for (Pending p : pending) {
            Expression cond = (Expression) ViewText.mapColumns(p.condition(), c -> new ColumnRef(null, null, c.column()));
            checks.add(new Check(t, p.schema(), p.view(), compiler.compile(cond, scope, "where clause")));
        }
        return checks;
    }

    /** Runs {@code body} against the merged view's table with the checks installed, in the view's context. */
    private static OkResult below(SessionImpl s, StatementEnv env, Merge m, TableName written, List<Pending> pending,
                                  java.util.function.Supplier<OkResult> body) {
        return Invoker.run(s, Views.storedObject(m.view()), () -> {
            try {
                ObjectName base = written.name();
                if (env.catalog().view(base.schema(), base.name()) != null) return body.get(); // the next view does the rest
                TableDef t = env.catalog().table(base.schema(), base.name());
                if (t == null) throw new SqlException(ErrorCode.ER_VIEW_INVALID, m.view().schema(), m.view().name());
                List<Check> saved = s.viewChecks;
                List<Check> checks = new ArrayList<>(saved);
                checks.addAll(compile(env, t, m.join() ? onlyOn(m, written, pending) : pending));
                s.viewChecks = checks;
                try {
                    return body.get();
                } finally {
                    s.viewChecks = saved;
                }
            } catch (SqlException e) {
                // what the view's context may not do to its tables is 1356 naming the view, as for a SELECT
                if (INVALID.contains(e.errno())) throw new SqlException(ErrorCode.ER_VIEW_INVALID, m.view().schema(), m.view().name());
                throw e;
            }
        });
    }

    /** Errors writing through a view that MySQL reports as 1356: privileges on its tables, a table gone, 1356 beneath. */
    private static final Set<Integer> INVALID = Set.of(ErrorCode.ER_TABLEACCESS_DENIED_ERROR.errno(),
            ErrorCode.ER_COLUMNACCESS_DENIED_ERROR.errno(), ErrorCode.ER_NO_SUCH_TABLE.errno(),
            ErrorCode.ER_VIEW_INVALID.errno());

    // ------------------------------------------------------------------ UPDATE

    static OkResult update(SessionImpl s, Update up, Object[] params, StatementEnv env, ViewDef v) {
        return update(s, up, params, env, v, List.of(), false, v);
    }

    private static OkResult update(SessionImpl s, Update up, Object[] params, StatementEnv env, ViewDef v,
                                   List<Pending> pending, boolean cascade, ViewDef top) {
        TableName target = (TableName) up.tables().get(0);
        for (Assignment a : up.assignments()) {
            AccessChecks.column(s, v.schema(), v.name(), a.column().column(), Privilege.UPDATE);
        }
        Merge m = merge(v);
        if (m == null) throw new SqlException(ErrorCode.ER_NON_UPDATABLE_TABLE, v.name(), "UPDATE");
        String alias = target.alias() != null ? target.alias() : v.name();
        List<Assignment> assignments = new ArrayList<>();
        List<ColumnRef> targets = new ArrayList<>();
        for (Assignment a : up.assignments()) {
            Expression col = rewrite(a.column(), m, alias, "field list");
            if (!(col instanceof ColumnRef ref)) throw new SqlException(ErrorCode.ER_NONUPDATEABLE_COLUMN, a.column().column());
            targets.add(ref);
            assignments.add(new Assignment(ref, rewrite(a.value(), m, alias, "field list")));
        }
        TableName written = m.join() ? joinTarget(m, targets) : m.table();
        List<OrderItem> order = new ArrayList<>();
        for (OrderItem o : up.orderBy()) order.add((OrderItem) ViewText.mapColumns(o, c -> rewrite(c, m, alias, "order clause")));
        Expression where = and(rewrite(up.where(), m, alias, "where clause"), m.where());
        Update merged = new Update(up.with(), up.lowPriority(), up.ignore(), List.of(m.from()), assignments, where, order,
                up.limit());
        List<Pending> next = pendingThrough(pending, m, cascade, top);
        return below(s, env, m, written, next, () -> {
            ViewDef inner = m.join() ? null : env.catalog().view(written.name().schema(), written.name().name());
            if (inner != null) return update(s, merged, params, env, inner, next, cascadeBelow(m, cascade), top);
            return Dml.update(s, merged, params, env);
        });
    }

    // ------------------------------------------------------------------ DELETE

    static OkResult delete(SessionImpl s, Delete del, Object[] params, StatementEnv env, ViewDef v) {
        TableName target = (TableName) del.tables().get(0);
        AccessChecks.table(s, v.schema(), v.name(), Privilege.DELETE);
        Merge m = merge(v);
        if (m == null) throw new SqlException(ErrorCode.ER_NON_UPDATABLE_TABLE, v.name(), "DELETE");
        if (m.join()) throw new SqlException(ErrorCode.ER_VIEW_DELETE_MERGE_VIEW, v.schema(), v.name());
        String alias = target.alias() != null ? target.alias() : v.name();
        List<OrderItem> order = new ArrayList<>();
        for (OrderItem o : del.orderBy()) order.add((OrderItem) ViewText.mapColumns(o, c -> rewrite(c, m, alias, "order clause")));
        Expression where = and(rewrite(del.where(), m, alias, "where clause"), m.where());
        Delete merged = new Delete(del.with(), del.lowPriority(), del.quick(), del.ignore(), List.of(), List.of(m.from()),
                where, order, del.limit());
        return below(s, env, m, m.table(), List.of(), () -> {
            ViewDef inner = env.catalog().view(m.table().name().schema(), m.table().name().name());
            if (inner != null) return delete(s, merged, params, env, inner);
            return Dml.delete(s, merged, params, env);
        });
    }

    // ------------------------------------------------------------------ INSERT

    static OkResult insert(SessionImpl s, Insert ins, Object[] params, StatementEnv env, ViewDef v) {
        return insert(s, ins, params, env, v, List.of(), false, v);
    }

    private static OkResult insert(SessionImpl s, Insert ins, Object[] params, StatementEnv env, ViewDef v,
                                   List<Pending> pending, boolean cascade, ViewDef top) {
        AccessChecks.insert(s, v.schema(), v.name(), ins.columns());
        if (ins.replace()) AccessChecks.table(s, v.schema(), v.name(), Privilege.DELETE);
        if (!ins.onDuplicateKeyUpdate().isEmpty()) AccessChecks.table(s, v.schema(), v.name(), Privilege.UPDATE);
        Merge m = merge(v);
        if (m == null || !insertable(m)) throw new SqlException(ErrorCode.ER_NON_INSERTABLE_TABLE, v.name(), "INSERT");
        String alias = v.name();
        List<String> columns = new ArrayList<>();
        List<String> viewColumns = ins.columns().isEmpty() && !(ins.source() instanceof InsertSet) ? m.columns() : ins.columns();
        if (m.join() && ins.columns().isEmpty() && !(ins.source() instanceof InsertSet)) {
            throw new SqlException(ErrorCode.ER_VIEW_NO_INSERT_FIELD_LIST, v.schema(), v.name());
        }
        List<ColumnRef> targets = new ArrayList<>();
        for (String c : viewColumns) targets.add(baseRef(m, c));
        if (ins.source() instanceof InsertSet set) {
            for (Assignment x : set.assignments()) targets.add(baseRef(m, x.column().column()));
        }
        TableName written = m.join() ? joinTarget(m, targets) : m.table();
        for (String c : viewColumns) columns.add(baseColumn(m, c, alias));
        var source = switch (ins.source()) {
            case InsertSet set -> {
                List<Assignment> a = new ArrayList<>();
                for (Assignment x : set.assignments()) {
                    a.add(new Assignment(new ColumnRef(null, null, baseColumn(m, x.column().column(), alias)), x.value()));
                }
                yield new InsertSet(a);
            }
            case InsertValues values -> values;
            case InsertQuery q -> q;
        };
        List<Assignment> upsert = new ArrayList<>();
        for (Assignment x : ins.onDuplicateKeyUpdate()) {
            upsert.add(new Assignment(new ColumnRef(null, null, baseColumn(m, x.column().column(), alias)),
                    rewrite(x.value(), m, alias, "field list")));
        }
        Insert merged = new Insert(ins.replace(), ins.priority(), ins.ignore(), written.name(), ins.partitions(), columns,
                source, ins.rowAlias(), ins.rowColumnAliases(), upsert);
        List<Pending> next = pendingThrough(pending, m, cascade, top);
        return below(s, env, m, written, next, () -> {
            ViewDef inner = m.join() ? null : env.catalog().view(written.name().schema(), written.name().name());
            if (inner != null) return insert(s, merged, params, env, inner, next, cascadeBelow(m, cascade), top);
            return Dml.insert(s, merged, params, env);
        });
    }

    /** Insertable: every column a plain column of a table, none twice (27.5.3). */
    private static boolean insertable(Merge m) {
        Set<String> seen = new HashSet<>();
        for (Expression e : m.expressions()) {
            if (!(e instanceof ColumnRef c)) return false;
            String key = (c.table() + "." + c.column()).toLowerCase(Locale.ROOT);
            if (!seen.add(key)) return false;
        }
        return true;
    }

    private static ColumnRef baseRef(Merge m, String viewColumn) {
        Expression e = m.expressionOf(viewColumn);
        if (e == null) throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, viewColumn, "field list");
        return (ColumnRef) e;
    }

    private static String baseColumn(Merge m, String viewColumn, String alias) {
        Expression e = m.expressionOf(viewColumn);
        if (e == null) throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, viewColumn, "field list");
        return ((ColumnRef) e).column();
    }
}
