package io.sprocket.engine.expr;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.Temporals;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.AggregateCall;
import io.sprocket.sql.ast.ApproximateLiteral;
import io.sprocket.sql.ast.AssignUserVariable;
import io.sprocket.sql.ast.Between;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BitLiteral;
import io.sprocket.sql.ast.BooleanLiteral;
import io.sprocket.sql.ast.CaseExpression;
import io.sprocket.sql.ast.Cast;
import io.sprocket.sql.ast.CharFunction;
import io.sprocket.sql.ast.Collate;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.ConvertUsing;
import io.sprocket.sql.ast.DateArithmetic;
import io.sprocket.sql.ast.DecimalLiteral;
import io.sprocket.sql.ast.DefaultValue;
import io.sprocket.sql.ast.Exists;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Extract;
import io.sprocket.sql.ast.FunctionCall;
import io.sprocket.sql.ast.GetFormat;
import io.sprocket.sql.ast.GroupConcat;
import io.sprocket.sql.ast.HexLiteral;
import io.sprocket.sql.ast.InList;
import io.sprocket.sql.ast.InSubquery;
import io.sprocket.sql.ast.IntegerLiteral;
import io.sprocket.sql.ast.IsTest;
import io.sprocket.sql.ast.Like;
import io.sprocket.sql.ast.MemberOf;
import io.sprocket.sql.ast.NullLiteral;
import io.sprocket.sql.ast.Parameter;
import io.sprocket.sql.ast.QuantifiedComparison;
import io.sprocket.sql.ast.Regexp;
import io.sprocket.sql.ast.RowConstructor;
import io.sprocket.sql.ast.ScalarSubquery;
import io.sprocket.sql.ast.StringLiteral;
import io.sprocket.sql.ast.SystemVariable;
import io.sprocket.sql.ast.TemporalLiteral;
import io.sprocket.sql.ast.TimestampAdd;
import io.sprocket.sql.ast.TimestampDiff;
import io.sprocket.sql.ast.Trim;
import io.sprocket.sql.ast.UnaryOperation;
import io.sprocket.sql.ast.UserVariable;
import io.sprocket.sql.ast.ValuesReference;
import io.sprocket.sql.ast.WindowFunctionCall;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Compiles expression syntax into evaluators bound to slots. Name resolution happens here, once; evaluation
 * never looks at a name again. Operators live in {@link OperatorCompiler}, function calls in
 * {@link FunctionCompiler}.
 */
public final class ExpressionCompiler {
    private static final BigInteger UNSIGNED_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final CompileContext context;
    private final OperatorCompiler operators;
    private final FunctionCompiler functions;
    /** Resolves DEFAULT(col) and VALUES(col) in INSERT ... ON DUPLICATE KEY UPDATE; null elsewhere. */
    private ColumnHooks columnHooks;
    /** Resolves unqualified names to select-list aliases first (HAVING, ORDER BY); null elsewhere. */
    private java.util.function.Function<String, BoundExpression> aliasHook;

    /** Hooks for the few expressions that only make sense in DML (DEFAULT(col), VALUES(col)). */
    public interface ColumnHooks {
        BoundExpression defaultOf(ColumnRef column);

        BoundExpression valuesOf(ColumnRef column);
    }

    public ExpressionCompiler(CompileContext context) {
        this.context = Objects.requireNonNull(context);
        this.operators = new OperatorCompiler(this);
        this.functions = new FunctionCompiler(this);
    }

    public CompileContext context() { return context; }

    public void setColumnHooks(ColumnHooks hooks) { this.columnHooks = hooks; }

    /** Sets (or clears with null) the select-alias resolver; returns the previous one. */
    public java.util.function.Function<String, BoundExpression> setAliasHook(
            java.util.function.Function<String, BoundExpression> hook) {
        var previous = aliasHook;
        aliasHook = hook;
        return previous;
    }

    /** Compiles {@code e} in {@code scope}; {@code clause} names the clause for 1054/1052 messages. */
    public BoundExpression compile(Expression e, Scope scope, String clause) {
        return switch (e) {
            case NullLiteral n -> BoundExpression.constant(null, SqlType.NULL);
            case BooleanLiteral b -> BoundExpression.constant(b.value() ? 1L : 0L, SqlType.integerExpression(1, false));
            case IntegerLiteral i -> integerLiteral(i.value());
            case DecimalLiteral d -> BoundExpression.constant(d.value(),
                    SqlType.decimal(Math.max(d.value().precision(), d.value().scale()), Math.max(d.value().scale(), 0)));
            case ApproximateLiteral a -> BoundExpression.constant(a.value(), SqlType.DOUBLE);
            case StringLiteral s -> stringLiteral(s);
            case HexLiteral h -> hexLiteral(h);
            case BitLiteral b -> bitLiteral(b);
            case TemporalLiteral t -> temporalLiteral(t);
            case ColumnRef c -> column(c, scope, clause);
            case UserVariable v -> userVariable(v, context.peekUserVariable(v.name()));
            case SystemVariable v -> systemVariable(v, context.peekSystemVariable(v.scope(), v.name()));
            case Parameter p -> new BoundExpression((row, ctx) -> ctx.parameter(p.index()),
                    SqlType.varchar(0), true, false, null);
            case AssignUserVariable a -> assignUserVariable(a, scope, clause);
            case DefaultValue d -> defaultValue(d);
            case ValuesReference v -> {
                if (columnHooks == null) yield BoundExpression.constant(null, SqlType.NULL);
                yield columnHooks.valuesOf(v.column());
            }
            case UnaryOperation u -> operators.unary(u, scope, clause);
            case BinaryOperation b -> operators.binary(b, scope, clause);
            case IsTest t -> operators.isTest(t, scope, clause);
            case Between b -> operators.between(b, scope, clause);
            case InList in -> operators.inList(in, scope, clause);
            case Like l -> functions.like(l, scope, clause);
            case Regexp r -> functions.regexp(r, scope, clause);
            case CaseExpression c -> operators.caseExpression(c, scope, clause);
            case Collate c -> operators.collate(c, scope, clause);
            case RowConstructor r -> throw new SqlException(ErrorCode.ER_OPERAND_COLUMNS, 1);
            case FunctionCall f -> functions.call(f, scope, clause);
            case AggregateCall a -> aggregate(a, scope);
            case GroupConcat g -> aggregate(g, scope);
            case WindowFunctionCall w -> aggregate(w, scope);
            case Cast c -> functions.cast(c, scope, clause);
            case ConvertUsing c -> functions.convertUsing(c, scope, clause);
            case Trim t -> functions.trim(t, scope, clause);
            case Extract x -> functions.extract(x, scope, clause);
            case DateArithmetic d -> functions.dateArithmetic(d, scope, clause);
            case TimestampAdd t -> functions.timestampAdd(t, scope, clause);
            case TimestampDiff t -> functions.timestampDiff(t, scope, clause);
            case CharFunction c -> functions.charFunction(c, scope, clause);
            case GetFormat g -> functions.getFormat(g, scope, clause);
            case MemberOf m -> functions.memberOf(m, scope, clause);
            case ScalarSubquery s -> SubqueryCompiler.scalar(this, s.query(), scope);
            case Exists x -> SubqueryCompiler.exists(this, x.subquery(), scope);
            case InSubquery in -> SubqueryCompiler.in(this, in, scope, clause);
            case QuantifiedComparison q -> SubqueryCompiler.quantified(this, q, scope, clause);
        };
    }

    /** Compiles each of {@code list}. */
    public BoundExpression[] compileAll(List<Expression> list, Scope scope, String clause) {
        BoundExpression[] out = new BoundExpression[list.size()];
        for (int i = 0; i < out.length; i++) out[i] = compile(list.get(i), scope, clause);
        return out;
    }

    // ------------------------------------------------------------------ literals

    static BoundExpression integerLiteral(BigInteger v) {
        int digits = v.abs().toString().length() + (v.signum() < 0 ? 1 : 0);
        if (v.bitLength() < 64) {
            return BoundExpression.constant(v.longValue(), SqlType.integerExpression(digits, false));
        }
        if (v.signum() > 0 && v.compareTo(UNSIGNED_MAX) <= 0) {
            return BoundExpression.constant(v, SqlType.integerExpression(digits, true));
        }
        BigDecimal d = new BigDecimal(v);
        return BoundExpression.constant(d, SqlType.decimal(d.precision(), 0));
    }

    private BoundExpression stringLiteral(StringLiteral s) {
        // the lexer gives the introducer's character set without its underscore (_latin1'x' -> latin1)
        String introducer = s.introducer() == null ? null
                : s.introducer().startsWith("_") ? s.introducer().substring(1) : s.introducer();
        if (introducer != null && introducer.equalsIgnoreCase("binary")) {
            byte[] bytes = s.value().getBytes(StandardCharsets.UTF_8);
            return BoundExpression.constant(bytes, SqlType.varbinary(bytes.length));
        }
        var collation = context.literalCollation();
        if (introducer != null) {
            var cs = CollationRegistry.instance().charset(introducer);
            if (cs == null) throw new SqlException(ErrorCode.ER_UNKNOWN_CHARACTER_SET, introducer);
            collation = CollationRegistry.instance().collation(cs.defaultCollation());
        }
        String value = s.value();
        return BoundExpression.constant(value, SqlType.varchar(value.codePointCount(0, value.length()), collation));
    }

    private static BoundExpression hexLiteral(HexLiteral h) {
        String digits = h.digits();
        if ((digits.length() & 1) == 1) digits = "0" + digits;
        byte[] bytes = HexFormat.of().parseHex(digits);
        return new BoundExpression((row, ctx) -> bytes, SqlType.varbinary(bytes.length), false, true, null);
    }

    private static BoundExpression bitLiteral(BitLiteral b) {
        String bits = b.bits().isEmpty() ? "0" : b.bits();
        BigInteger v = new BigInteger(bits, 2);
        int len = Math.max(1, (bits.length() + 7) / 8);
        byte[] raw = v.toByteArray();
        byte[] bytes = new byte[len];
        int copy = Math.min(raw.length, len);
        System.arraycopy(raw, raw.length - copy, bytes, len - copy, copy);
        return new BoundExpression((row, ctx) -> bytes, SqlType.varbinary(len), false, true, null);
    }

    private static BoundExpression temporalLiteral(TemporalLiteral t) {
        var w = io.sprocket.engine.error.Warnings.IGNORE;
        return switch (t.kind()) {
            case DATE -> {
                SqlDate d = Temporals.toDate(t.value(), w);
                if (d == null) throw new SqlException(ErrorCode.ER_WRONG_VALUE, "DATE", t.value());
                yield BoundExpression.constant(d, SqlType.DATE);
            }
            case TIME -> {
                var time = Temporals.toTime(t.value(), w);
                if (time == null) throw new SqlException(ErrorCode.ER_WRONG_VALUE, "TIME", t.value());
                yield BoundExpression.constant(time, SqlType.time(fractionDigits(t.value())));
            }
            case DATETIME, TIMESTAMP -> {
                var dt = Temporals.toDateTime(t.value(), w);
                if (dt == null) throw new SqlException(ErrorCode.ER_WRONG_VALUE, "DATETIME", t.value());
                yield BoundExpression.constant(dt, SqlType.datetime(fractionDigits(t.value())));
            }
        };
    }

    static int fractionDigits(String text) {
        int dot = text.lastIndexOf('.');
        if (dot < 0) return 0;
        int n = 0;
        for (int i = dot + 1; i < text.length() && Character.isDigit(text.charAt(i)); i++) n++;
        return Math.min(n, 6);
    }

    // ------------------------------------------------------------------ names and variables

    private BoundExpression column(ColumnRef c, Scope scope, String clause) {
        if (c.table() == null && context.locals() != null) {
            LocalVariables.Local local = context.locals().lookup(c.column());
            if (local != null) {
                int slot = local.slot();
                return new BoundExpression((row, ctx) -> ctx.frame()[slot], local.type(), true, false, null);
            }
        }
        if (c.table() != null && c.schema() == null && context.locals() != null) {
            LocalVariables.Local field = context.locals().lookupRow(c.table(), c.column());
            if (field != null) {
                int slot = field.slot();
                return new BoundExpression((row, ctx) -> ctx.frame()[slot], field.type(), true, false, null);
            }
        }
        if (aliasHook != null && c.table() == null) {
            BoundExpression aliased = aliasHook.apply(c.column());
            if (aliased != null) return aliased;
        }
        if (scope == null) {
            throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, c.column(), clause);
        }
        Scope.Resolved r = scope.resolve(c.schema(), c.table(), c.column(), clause);
        Scope.Source s = r.source();
        SqlType type = s.types().get(r.columnIndex());
        boolean nullable = s.nullable().get(r.columnIndex());
        int slot = r.slot();
        var source = new BoundExpression.ColumnSource(s.schema(), s.alias(), s.table(),
                s.columns().get(r.columnIndex()), slot, r.depth(), r.sourceIndex(), r.columnIndex());
        Evaluator ev;
        if (r.depth() == 0) {
            ev = (row, ctx) -> row[slot];
        } else {
            int depth = r.depth();
            ev = (row, ctx) -> ctx.outer(depth)[slot];
        }
        return new BoundExpression(ev, type, nullable, false, source);
    }

    private BoundExpression userVariable(UserVariable v, Object current) {
        String name = v.name();
        SqlType type;
        if (current instanceof Long || current instanceof BigInteger) type = SqlType.integerExpression(21, current instanceof BigInteger);
        else if (current instanceof BigDecimal d) type = SqlType.decimal(Math.max(65, d.precision()), Math.max(d.scale(), 0));
        else if (current instanceof Double) type = SqlType.DOUBLE;
        else if (current == null) type = SqlType.lob(TypeKind.LONGBLOB, null);
        else type = SqlType.lob(TypeKind.LONGTEXT, context.literalCollation());
        return new BoundExpression((row, ctx) -> ctx.session().userVariable(name), type, true, false, null);
    }

    private BoundExpression assignUserVariable(AssignUserVariable a, Scope scope, String clause) {
        context.compileWarning(ErrorCode.ER_WARN_DEPRECATED_USER_SET_EXPR);
        context.peekUserVariable(a.name()); // the plan depends on user variables: never reuse it
        BoundExpression value = compile(a.value(), scope, clause);
        String name = a.name();
        Evaluator ev = value.evaluator();
        return new BoundExpression((row, ctx) -> {
            Object v = ev.eval(row, ctx);
            ctx.session().setUserVariable(name, v);
            return v;
        }, value.type(), value.nullable(), false, null);
    }

    private BoundExpression systemVariable(SystemVariable v, Object current) {
        var scope = v.scope();
        String name = v.name();
        SqlType type;
        if (current instanceof Long || current instanceof BigInteger) {
            type = SqlType.integerExpression(21, current instanceof BigInteger);
        } else if (current instanceof Double) {
            type = SqlType.DOUBLE;
        } else if (current instanceof BigDecimal d) {
            type = SqlType.decimal(Math.max(d.precision(), 1), Math.max(d.scale(), 0));
        } else {
            type = SqlType.varchar(current == null ? 0 : Math.max(current.toString().length(), 1),
                    io.sprocket.engine.type.CollationRegistry.instance().collation("utf8mb3_general_ci"));
        }
        return new BoundExpression((row, ctx) -> ctx.session().systemVariable(scope, name), type, true, false, null);
    }

    private BoundExpression defaultValue(DefaultValue d) {
        if (columnHooks == null || d.column() == null) {
            throw new SqlException(ErrorCode.ER_PARSE_ERROR, "DEFAULT", 1);
        }
        return columnHooks.defaultOf(d.column());
    }

    private BoundExpression aggregate(Expression call, Scope scope) {
        BoundExpression bound = context.bindAggregate(call, scope);
        if (bound == null) throw new SqlException(ErrorCode.ER_INVALID_GROUP_FUNC_USE);
        return bound;
    }
}
