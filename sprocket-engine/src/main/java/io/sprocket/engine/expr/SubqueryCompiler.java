package io.sprocket.engine.expr;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.InSubquery;
import io.sprocket.sql.ast.QuantifiedComparison;
import io.sprocket.sql.ast.Quantifier;
import io.sprocket.sql.ast.Query;
import io.sprocket.sql.ast.RowConstructor;
import java.util.ArrayList;
import java.util.List;

/**
 * Subqueries in expressions. An uncorrelated subquery runs once per statement execution and its result is
 * cached in the ExecContext-independent holder below; a correlated one runs per outer row.
 */
final class SubqueryCompiler {
    private SubqueryCompiler() {}

    private static final SqlType BOOL = SqlType.integerExpression(1, false);

    /** Caches an uncorrelated subquery's rows for the duration of one execution context. */
    private static final class Cache {
        private ExecContext owner;
        private List<Object[]> rows;

        List<Object[]> rows(SubqueryPlan plan, Object[] row, ExecContext ctx) {
            if (!plan.correlated() && owner == ctx && rows != null) return rows;
            List<Object[]> out = new ArrayList<>();
            ctx.pushOuter(row);
            try (RowIterator it = plan.open(row, ctx)) {
                Object[] r;
                while ((r = it.next()) != null) out.add(r.clone());
            } finally {
                ctx.popOuter();
            }
            if (!plan.correlated()) {
                owner = ctx;
                rows = out;
            }
            return out;
        }
    }

    static BoundExpression scalar(ExpressionCompiler compiler, Query query, Scope scope) {
        SubqueryPlan plan = compiler.context().compileSubquery(query, scope);
        if (plan.types().size() != 1) throw new SqlException(ErrorCode.ER_OPERAND_COLUMNS, 1);
        Cache cache = new Cache();
        return new BoundExpression((row, ctx) -> {
            List<Object[]> rows = cache.rows(plan, row, ctx);
            if (rows.isEmpty()) return null;
            if (rows.size() > 1) throw new SqlException(ErrorCode.ER_SUBQUERY_NO_1_ROW);
            return rows.get(0)[0];
        }, plan.types().get(0), true, false, null);
    }

    static BoundExpression exists(ExpressionCompiler compiler, Query query, Scope scope) {
        SubqueryPlan plan = compiler.context().compileSubquery(query, scope);
        return new BoundExpression((row, ctx) -> {
            ctx.pushOuter(row);
            try (RowIterator it = plan.open(row, ctx)) {
                return it.next() != null ? 1L : 0L;
            } finally {
                ctx.popOuter();
            }
        }, BOOL, false, false, null);
    }

    static BoundExpression in(ExpressionCompiler compiler, InSubquery in, Scope scope, String clause) {
        List<BoundExpression> left = new ArrayList<>();
        if (in.value() instanceof RowConstructor r) {
            for (var item : r.items()) left.add(compiler.compile(item, scope, clause));
        } else {
            left.add(compiler.compile(in.value(), scope, clause));
        }
        SubqueryPlan plan = compiler.context().compileSubquery(in.subquery(), scope);
        if (plan.types().size() != left.size()) throw new SqlException(ErrorCode.ER_OPERAND_COLUMNS, left.size());
        BoundExpression test = anyComparison(BinaryOperator.EQUAL, left, plan);
        if (!in.negated()) return test;
        return FunctionCompiler.not(test);
    }

    static BoundExpression quantified(ExpressionCompiler compiler, QuantifiedComparison q, Scope scope, String clause) {
        List<BoundExpression> left = new ArrayList<>();
        if (q.left() instanceof RowConstructor r) {
            for (var item : r.items()) left.add(compiler.compile(item, scope, clause));
        } else {
            left.add(compiler.compile(q.left(), scope, clause));
        }
        SubqueryPlan plan = compiler.context().compileSubquery(q.subquery(), scope);
        if (plan.types().size() != left.size()) throw new SqlException(ErrorCode.ER_OPERAND_COLUMNS, left.size());
        if (q.quantifier() == Quantifier.ANY) return anyComparison(q.operator(), left, plan);
        // x op ALL (S) == NOT (x negated-op ANY (S))
        BinaryOperator negated = switch (q.operator()) {
            case EQUAL -> BinaryOperator.NOT_EQUAL;
            case NOT_EQUAL -> BinaryOperator.EQUAL;
            case LESS_THAN -> BinaryOperator.GREATER_THAN_OR_EQUAL;
            case LESS_THAN_OR_EQUAL -> BinaryOperator.GREATER_THAN;
            case GREATER_THAN -> BinaryOperator.LESS_THAN_OR_EQUAL;
            case GREATER_THAN_OR_EQUAL -> BinaryOperator.LESS_THAN;
            default -> throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "this quantified comparison");
        };
        return FunctionCompiler.not(anyComparison(negated, left, plan));
    }

    /** TRUE if some subquery row compares true, NULL if none true but some unknown, else FALSE. */
    private static BoundExpression anyComparison(BinaryOperator op, List<BoundExpression> left, SubqueryPlan plan) {
        int n = left.size();
        Ops.CompareKind[] kinds = new Ops.CompareKind[n];
        var collations = new io.sprocket.engine.type.Collation[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = OperatorCompiler.compareKind(left.get(i).type(), plan.types().get(i));
            collations[i] = OperatorCompiler.commonCollation(left.get(i).type(), plan.types().get(i));
        }
        Cache cache = new Cache();
        return new BoundExpression((row, ctx) -> {
            Object[] values = new Object[n];
            boolean leftNull = false;
            for (int i = 0; i < n; i++) {
                values[i] = left.get(i).eval(row, ctx);
                leftNull |= values[i] == null;
            }
            List<Object[]> rows = cache.rows(plan, row, ctx);
            if (rows.isEmpty()) return 0L;
            if (leftNull && n == 1) return null;
            boolean unknown = false;
            for (Object[] r : rows) {
                Boolean match = Boolean.TRUE;
                for (int i = 0; i < n && match != null && match; i++) {
                    Object x = values[i], y = r[i];
                    if (x == null || y == null) {
                        match = null;
                    } else {
                        int cmp = Ops.compare(x, y, kinds[i], collations[i], ctx.warnings());
                        match = n == 1 ? OperatorCompiler.test(op, cmp) : cmp == 0;
                    }
                }
                if (match == null) unknown = true;
                else if (match) return 1L;
            }
            return unknown ? null : 0L;
        }, BOOL, true, false, null);
    }
}
