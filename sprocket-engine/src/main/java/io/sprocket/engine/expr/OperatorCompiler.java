package io.sprocket.engine.expr;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.Between;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.CaseExpression;
import io.sprocket.sql.ast.Collate;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.HexLiteral;
import io.sprocket.sql.ast.BitLiteral;
import io.sprocket.sql.ast.InList;
import io.sprocket.sql.ast.IsTest;
import io.sprocket.sql.ast.RowConstructor;
import io.sprocket.sql.ast.UnaryOperation;
import io.sprocket.sql.ast.WhenClause;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Compiles operators: arithmetic, comparison, logic, IS, BETWEEN, IN, CASE, COLLATE. */
final class OperatorCompiler {
    private final ExpressionCompiler compiler;

    OperatorCompiler(ExpressionCompiler compiler) {
        this.compiler = compiler;
    }

    private static final SqlType BOOL = SqlType.integerExpression(1, false);

    // ------------------------------------------------------------------ unary

    BoundExpression unary(UnaryOperation u, Scope scope, String clause) {
        BoundExpression operand = compiler.compile(u.operand(), scope, clause);
        Evaluator e = operand.evaluator();
        return switch (u.operator()) {
            case NOT -> new BoundExpression((row, ctx) -> {
                Boolean t = Ops.truth(e.eval(row, ctx), ctx.warnings());
                return t == null ? null : (t ? 0L : 1L);
            }, BOOL, operand.nullable(), operand.constant(), null);
            case NEGATE -> negate(u, operand);
            case BIT_NOT -> new BoundExpression((row, ctx) -> {
                Object v = e.eval(row, ctx);
                return v == null ? null : Arithmetic.unsigned(~Arithmetic.toUnsignedBits(v, ctx));
            }, SqlType.integerExpression(20, true), operand.nullable(), operand.constant(), null);
            case BINARY -> new BoundExpression((row, ctx) -> {
                Object v = e.eval(row, ctx);
                return v == null ? null : Ops.toBytes(v instanceof byte[] ? v : Ops.toStr(v));
            }, SqlType.varbinary(Math.max(operand.type().length(), 0)), operand.nullable(), operand.constant(), null);
        };
    }

    private BoundExpression negate(UnaryOperation u, BoundExpression operand) {
        Evaluator e = operand.evaluator();
        SqlType t = operand.type();
        String text = compiler.context().text(u);
        SqlType result;
        if (t.kind().isInteger() || t.kind() == TypeKind.NULL) result = SqlType.integerExpression((int) t.length() + 1, false);
        else if (t.kind() == TypeKind.DECIMAL) result = t.withUnsigned(false);
        else result = SqlType.DOUBLE;
        return new BoundExpression((row, ctx) -> {
            Object v = e.eval(row, ctx);
            if (v == null) return null;
            return Arithmetic.negate(v, text, ctx);
        }, result, operand.nullable(), operand.constant(), null);
    }

    // ------------------------------------------------------------------ binary

    BoundExpression binary(BinaryOperation b, Scope scope, String clause) {
        BinaryOperator op = b.operator();
        if (op.isComparison()) return comparison(op, b.left(), b.right(), scope, clause);
        switch (op) {
            case AND, OR, XOR:
                return logical(op, compiler.compile(b.left(), scope, clause), compiler.compile(b.right(), scope, clause));
            case CONCAT:
                return compiler.compile(new io.sprocket.sql.ast.FunctionCall(null, "concat",
                        List.of(b.left(), b.right())), scope, clause);
            case JSON_EXTRACT:
                return compiler.compile(new io.sprocket.sql.ast.FunctionCall(null, "json_extract",
                        List.of(b.left(), b.right())), scope, clause);
            case JSON_UNQUOTE_EXTRACT:
                return compiler.compile(new io.sprocket.sql.ast.FunctionCall(null, "json_unquote",
                        List.of(new io.sprocket.sql.ast.FunctionCall(null, "json_extract",
                                List.of(b.left(), b.right())))), scope, clause);
            default:
                break;
        }
        BoundExpression left = numericOperand(b.left(), scope, clause);
        BoundExpression right = numericOperand(b.right(), scope, clause);
        String text = compiler.context().text(b);
        return Arithmetic.compile(op, left, right, text, compiler.context().divPrecisionIncrement());
    }

    /** Hex and bit literals are numbers in arithmetic context. */
    private BoundExpression numericOperand(Expression e, Scope scope, String clause) {
        BoundExpression bound = compiler.compile(e, scope, clause);
        if (e instanceof HexLiteral || e instanceof BitLiteral) {
            byte[] bytes = (byte[]) bound.evaluator().eval(null, null);
            BigInteger v = new BigInteger(1, bytes);
            Object value = v.bitLength() < 64 ? (Object) v.longValue() : v;
            return BoundExpression.constant(value, SqlType.integerExpression(20, true));
        }
        return bound;
    }

    private BoundExpression logical(BinaryOperator op, BoundExpression l, BoundExpression r) {
        Evaluator a = l.evaluator(), b = r.evaluator();
        boolean nullable = l.nullable() || r.nullable();
        boolean constant = l.constant() && r.constant();
        Evaluator ev = switch (op) {
            case AND -> (row, ctx) -> {
                Boolean x = Ops.truth(a.eval(row, ctx), ctx.warnings());
                if (x != null && !x) return 0L;
                Boolean y = Ops.truth(b.eval(row, ctx), ctx.warnings());
                if (y != null && !y) return 0L;
                return x == null || y == null ? null : 1L;
            };
            case OR -> (row, ctx) -> {
                Boolean x = Ops.truth(a.eval(row, ctx), ctx.warnings());
                if (x != null && x) return 1L;
                Boolean y = Ops.truth(b.eval(row, ctx), ctx.warnings());
                if (y != null && y) return 1L;
                return x == null || y == null ? null : 0L;
            };
            default -> (row, ctx) -> {
                Boolean x = Ops.truth(a.eval(row, ctx), ctx.warnings());
                if (x == null) return null;
                Boolean y = Ops.truth(b.eval(row, ctx), ctx.warnings());
                if (y == null) return null;
                return x ^ y ? 1L : 0L;
            };
        };
        return new BoundExpression(ev, BOOL, nullable, constant, null);
    }

    // ------------------------------------------------------------------ comparison

    BoundExpression comparison(BinaryOperator op, Expression leftExpr, Expression rightExpr, Scope scope, String clause) {
        if (leftExpr instanceof RowConstructor lr && rightExpr instanceof RowConstructor rr) {
            return rowComparison(op, lr, rr, scope, clause);
        }
        if (leftExpr instanceof RowConstructor || rightExpr instanceof RowConstructor) {
            if (!(leftExpr instanceof io.sprocket.sql.ast.ScalarSubquery || rightExpr instanceof io.sprocket.sql.ast.ScalarSubquery)) {
                int n = leftExpr instanceof RowConstructor r ? r.items().size() : ((RowConstructor) rightExpr).items().size();
                throw new SqlException(ErrorCode.ER_OPERAND_COLUMNS, n);
            }
        }
        BoundExpression l = compiler.compile(leftExpr, scope, clause);
        BoundExpression r = compiler.compile(rightExpr, scope, clause);
        return compare(op, l, r);
    }

    static BoundExpression compare(BinaryOperator op, BoundExpression l, BoundExpression r) {
        Ops.CompareKind kind = compareKind(l.type(), r.type());
        Collation collation = commonCollation(l.type(), r.type());
        Evaluator a = l.evaluator(), b = r.evaluator();
        boolean constant = l.constant() && r.constant();
        if (op == BinaryOperator.NULL_SAFE_EQUAL) {
            return new BoundExpression((row, ctx) -> {
                Object x = a.eval(row, ctx), y = b.eval(row, ctx);
                if (x == null || y == null) return x == null && y == null ? 1L : 0L;
                return Ops.compare(x, y, kind, collation, ctx.warnings()) == 0 ? 1L : 0L;
            }, BOOL, false, constant, null);
        }
        Evaluator ev;
        if (kind == Ops.CompareKind.INTEGER) {
            ev = switch (op) {
                case EQUAL -> (row, ctx) -> {
                    Object x = a.eval(row, ctx);
                    if (x == null) return null;
                    Object y = b.eval(row, ctx);
                    if (y == null) return null;
                    if (x instanceof Long p && y instanceof Long q) return p.longValue() == q.longValue() ? 1L : 0L;
                    return Ops.compare(x, y, kind, collation, ctx.warnings()) == 0 ? 1L : 0L;
                };
                case LESS_THAN -> (row, ctx) -> {
                    Object x = a.eval(row, ctx);
                    if (x == null) return null;
                    Object y = b.eval(row, ctx);
                    if (y == null) return null;
                    if (x instanceof Long p && y instanceof Long q) return p < q ? 1L : 0L;
                    return Ops.compare(x, y, kind, collation, ctx.warnings()) < 0 ? 1L : 0L;
                };
                default -> generic(op, a, b, kind, collation);
            };
        } else {
            ev = generic(op, a, b, kind, collation);
        }
        return new BoundExpression(ev, BOOL, l.nullable() || r.nullable(), constant, null);
    }

    private static Evaluator generic(BinaryOperator op, Evaluator a, Evaluator b, Ops.CompareKind kind, Collation c) {
        return (row, ctx) -> {
            Object x = a.eval(row, ctx);
            if (x == null) return null;
            Object y = b.eval(row, ctx);
            if (y == null) return null;
            int cmp = Ops.compare(x, y, kind, c, ctx.warnings());
            return test(op, cmp) ? 1L : 0L;
        };
    }

    static boolean test(BinaryOperator op, int cmp) {
        return switch (op) {
            case EQUAL, NULL_SAFE_EQUAL -> cmp == 0;
            case NOT_EQUAL -> cmp != 0;
            case LESS_THAN -> cmp < 0;
            case LESS_THAN_OR_EQUAL -> cmp <= 0;
            case GREATER_THAN -> cmp > 0;
            case GREATER_THAN_OR_EQUAL -> cmp >= 0;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** MySQL's choice of comparison from the operand types (Type Conversion in Expression Evaluation). */
    static Ops.CompareKind compareKind(SqlType l, SqlType r) {
        TypeKind a = l.kind(), b = r.kind();
        if (a == TypeKind.NULL || b == TypeKind.NULL) return Ops.CompareKind.DYNAMIC;
        if (isDynamic(l) || isDynamic(r)) return Ops.CompareKind.DYNAMIC;
        boolean an = a.isNumeric() || a == TypeKind.YEAR || a == TypeKind.BIT;
        boolean bn = b.isNumeric() || b == TypeKind.YEAR || b == TypeKind.BIT;
        if (an && bn) {
            if (a.isApproximate() || b.isApproximate()) return Ops.CompareKind.DOUBLE;
            if (a == TypeKind.DECIMAL || b == TypeKind.DECIMAL) return Ops.CompareKind.DECIMAL;
            return Ops.CompareKind.INTEGER;
        }
        boolean as = a.isString(), bs = b.isString();
        if (as && bs) {
            if (a.isBinaryString() || b.isBinaryString()) return Ops.CompareKind.BINARY;
            return Ops.CompareKind.STRING;
        }
        if (a.isTemporal() || b.isTemporal()) {
            if (an || bn) return Ops.CompareKind.DOUBLE;
            return Ops.CompareKind.TEMPORAL;
        }
        if (a == TypeKind.JSON || b == TypeKind.JSON) return Ops.CompareKind.DYNAMIC;
        return Ops.CompareKind.DOUBLE;
    }

    /** Variables and parameters have no static type; compare by runtime values. */
    private static boolean isDynamic(SqlType t) {
        return t.kind() == TypeKind.LONGTEXT && t.length() == 0 && t.collation() == null
                || t.kind() == TypeKind.VARCHAR && t.length() == 0;
    }

    static Collation commonCollation(SqlType l, SqlType r) {
        Collation a = l.kind().hasCollation() ? l.collation() : null;
        Collation b = r.kind().hasCollation() ? r.collation() : null;
        if (a == null) return b != null ? b : CollationRegistry.defaultCollation();
        if (b == null) return a;
        if (a.isBinary() || !b.isBinary() && a.id() == b.id()) return a;
        if (b.isBinary()) return b;
        return a;
    }

    private BoundExpression rowComparison(BinaryOperator op, RowConstructor l, RowConstructor r, Scope scope, String clause) {
        if (l.items().size() != r.items().size()) throw new SqlException(ErrorCode.ER_OPERAND_COLUMNS, l.items().size());
        int n = l.items().size();
        BoundExpression[] eq = new BoundExpression[n];
        BoundExpression[] lt = new BoundExpression[n];
        for (int i = 0; i < n; i++) {
            BoundExpression a = compiler.compile(l.items().get(i), scope, clause);
            BoundExpression b = compiler.compile(r.items().get(i), scope, clause);
            eq[i] = compare(BinaryOperator.NULL_SAFE_EQUAL == op ? op : BinaryOperator.EQUAL, a, b);
            lt[i] = compare(op == BinaryOperator.EQUAL || op == BinaryOperator.NOT_EQUAL || op == BinaryOperator.NULL_SAFE_EQUAL
                    ? BinaryOperator.EQUAL : op, a, b);
        }
        Evaluator ev = (row, ctx) -> {
            if (op == BinaryOperator.EQUAL || op == BinaryOperator.NULL_SAFE_EQUAL || op == BinaryOperator.NOT_EQUAL) {
                boolean sawNull = false;
                for (BoundExpression e : eq) {
                    Object v = e.eval(row, ctx);
                    if (v == null) sawNull = true;
                    else if ((Long) v == 0L) return op == BinaryOperator.NOT_EQUAL ? 1L : 0L;
                }
                if (sawNull) return null;
                return op == BinaryOperator.NOT_EQUAL ? 0L : 1L;
            }
            for (int i = 0; i < n; i++) {
                Object v = eq[i].eval(row, ctx);
                if (v == null) return null;
                if ((Long) v == 0L) return lt[i].eval(row, ctx);
            }
            return op == BinaryOperator.LESS_THAN_OR_EQUAL || op == BinaryOperator.GREATER_THAN_OR_EQUAL ? 1L : 0L;
        };
        return new BoundExpression(ev, BOOL, true, false, null);
    }

    // ------------------------------------------------------------------ IS, BETWEEN, IN

    BoundExpression isTest(IsTest t, Scope scope, String clause) {
        BoundExpression operand = compiler.compile(t.operand(), scope, clause);
        Evaluator e = operand.evaluator();
        boolean neg = t.negated();
        Evaluator ev = switch (t.condition()) {
            case NULL -> (row, ctx) -> (e.eval(row, ctx) == null) != neg ? 1L : 0L;
            case UNKNOWN -> (row, ctx) -> (Ops.truth(e.eval(row, ctx), ctx.warnings()) == null) != neg ? 1L : 0L;
            case TRUE -> (row, ctx) -> {
                Boolean b = Ops.truth(e.eval(row, ctx), ctx.warnings());
                return (b != null && b) != neg ? 1L : 0L;
            };
            case FALSE -> (row, ctx) -> {
                Boolean b = Ops.truth(e.eval(row, ctx), ctx.warnings());
                return (b != null && !b) != neg ? 1L : 0L;
            };
        };
        return new BoundExpression(ev, BOOL, false, operand.constant(), null);
    }

    BoundExpression between(Between b, Scope scope, String clause) {
        BoundExpression v = compiler.compile(b.value(), scope, clause);
        BoundExpression lo = compiler.compile(b.low(), scope, clause);
        BoundExpression hi = compiler.compile(b.high(), scope, clause);
        BoundExpression ge = compare(BinaryOperator.GREATER_THAN_OR_EQUAL, v, lo);
        BoundExpression le = compare(BinaryOperator.LESS_THAN_OR_EQUAL, v, hi);
        BoundExpression both = logical(BinaryOperator.AND, ge, le);
        if (!b.negated()) return both;
        Evaluator e = both.evaluator();
        return new BoundExpression((row, ctx) -> {
            Object r = e.eval(row, ctx);
            return r == null ? null : ((Long) r == 0L ? 1L : 0L);
        }, BOOL, both.nullable(), both.constant(), null);
    }

    BoundExpression inList(InList in, Scope scope, String clause) {
        if (in.value() instanceof RowConstructor row) {
            return rowIn(in, row, scope, clause);
        }
        BoundExpression v = compiler.compile(in.value(), scope, clause);
        BoundExpression[] items = compiler.compileAll(in.values(), scope, clause);
        boolean allConstant = true;
        SqlType common = null;
        for (BoundExpression i : items) {
            allConstant &= i.constant();
        }
        boolean negated = in.negated();
        Evaluator value = v.evaluator();
        // Constant integer lists compare through a hash set: the common case of WHERE id IN (1, 2, 3).
        Ops.CompareKind firstKind = items.length == 0 ? Ops.CompareKind.DYNAMIC : compareKind(v.type(), items[0].type());
        boolean sameKind = true;
        for (BoundExpression i : items) sameKind &= compareKind(v.type(), i.type()) == firstKind;
        if (allConstant && sameKind && firstKind == Ops.CompareKind.INTEGER) {
            Set<Long> set = new HashSet<>();
            boolean hasNull = false;
            boolean allLong = true;
            for (BoundExpression i : items) {
                Object c = i.evaluator().eval(null, null);
                if (c == null) hasNull = true;
                else if (c instanceof Long l) set.add(l);
                else allLong = false;
            }
            if (allLong) {
                boolean listHasNull = hasNull;
                return new BoundExpression((row, ctx) -> {
                    Object x = value.eval(row, ctx);
                    if (x == null) return null;
                    if (x instanceof Long l && set.contains(l)) return negated ? 0L : 1L;
                    if (!(x instanceof Long)) return null;
                    if (listHasNull) return null;
                    return negated ? 1L : 0L;
                }, BOOL, true, v.constant(), null);
            }
        }
        BoundExpression[] tests = new BoundExpression[items.length];
        for (int i = 0; i < items.length; i++) tests[i] = compare(BinaryOperator.EQUAL, v, items[i]);
        return new BoundExpression((row, ctx) -> {
            boolean sawNull = false;
            for (BoundExpression t : tests) {
                Object r = t.eval(row, ctx);
                if (r == null) sawNull = true;
                else if ((Long) r != 0L) return negated ? 0L : 1L;
            }
            if (sawNull) return null;
            return negated ? 1L : 0L;
        }, BOOL, true, false, null);
    }

    private BoundExpression rowIn(InList in, RowConstructor row, Scope scope, String clause) {
        BoundExpression[] tests = new BoundExpression[in.values().size()];
        for (int i = 0; i < tests.length; i++) {
            Expression item = in.values().get(i);
            if (!(item instanceof RowConstructor r) || r.items().size() != row.items().size()) {
                throw new SqlException(ErrorCode.ER_OPERAND_COLUMNS, row.items().size());
            }
            tests[i] = rowComparison(BinaryOperator.EQUAL, row, r, scope, clause);
        }
        boolean negated = in.negated();
        return new BoundExpression((r, ctx) -> {
            boolean sawNull = false;
            for (BoundExpression t : tests) {
                Object v = t.eval(r, ctx);
                if (v == null) sawNull = true;
                else if ((Long) v != 0L) return negated ? 0L : 1L;
            }
            if (sawNull) return null;
            return negated ? 1L : 0L;
        }, BOOL, true, false, null);
    }

    // ------------------------------------------------------------------ CASE, COLLATE

    BoundExpression caseExpression(CaseExpression c, Scope scope, String clause) {
        int n = c.whenClauses().size();
        BoundExpression[] conditions = new BoundExpression[n];
        BoundExpression[] results = new BoundExpression[n + 1];
        BoundExpression operand = c.operand() == null ? null : compiler.compile(c.operand(), scope, clause);
        for (int i = 0; i < n; i++) {
            WhenClause w = c.whenClauses().get(i);
            BoundExpression cond = compiler.compile(w.condition(), scope, clause);
            conditions[i] = operand == null ? cond : compare(BinaryOperator.EQUAL, operand, cond);
            results[i] = compiler.compile(w.result(), scope, clause);
        }
        results[n] = c.elseResult() == null ? BoundExpression.constant(null, SqlType.NULL)
                : compiler.compile(c.elseResult(), scope, clause);
        SqlType type = TypeAggregation.common(List.of(results));
        Evaluator[] conds = new Evaluator[n];
        Evaluator[] res = new Evaluator[n + 1];
        for (int i = 0; i < n; i++) conds[i] = conditions[i].evaluator();
        for (int i = 0; i <= n; i++) res[i] = TypeAggregation.coerce(results[i], type);
        return new BoundExpression((row, ctx) -> {
            for (int i = 0; i < conds.length; i++) {
                Boolean t = Ops.truth(conds[i].eval(row, ctx), ctx.warnings());
                if (t != null && t) return res[i].eval(row, ctx);
            }
            return res[conds.length].eval(row, ctx);
        }, type, true, false, null);
    }

    BoundExpression collate(Collate c, Scope scope, String clause) {
        BoundExpression operand = compiler.compile(c.operand(), scope, clause);
        Collation collation = CollationRegistry.instance().collation(c.collation());
        if (collation == null) throw new SqlException(ErrorCode.ER_UNKNOWN_COLLATION, c.collation());
        SqlType t = operand.type();
        if (t.kind().hasCollation() && !collation.charsetName().equals(t.collation().charsetName())) {
            throw new SqlException(ErrorCode.ER_COLLATION_CHARSET_MISMATCH, collation.name(), t.collation().charsetName());
        }
        SqlType type = t.kind().hasCollation() ? t.withCollation(collation)
                : SqlType.varchar(Math.max(t.length(), 0), collation);
        return new BoundExpression(operand.evaluator(), type, operand.nullable(), operand.constant(), operand.column());
    }

    static BigDecimal unused() { return BigDecimal.ZERO; }
}
