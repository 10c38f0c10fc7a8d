package io.sprocket.engine.expr;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.function.FunctionDefinition;
import io.sprocket.engine.function.ResultTypeRule;
import io.sprocket.engine.function.ScalarFunction;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.Cast;
import io.sprocket.sql.ast.CharFunction;
import io.sprocket.sql.ast.ConvertUsing;
import io.sprocket.sql.ast.DateArithmetic;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Extract;
import io.sprocket.sql.ast.FunctionCall;
import io.sprocket.sql.ast.GetFormat;
import io.sprocket.sql.ast.Like;
import io.sprocket.sql.ast.MemberOf;
import io.sprocket.sql.ast.Regexp;
import io.sprocket.sql.ast.StringLiteral;
import io.sprocket.sql.ast.TimestampAdd;
import io.sprocket.sql.ast.TimestampDiff;
import io.sprocket.sql.ast.Trim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Compiles calls of built-in functions (through the registry) and the special-syntax forms. */
final class FunctionCompiler {
    private final ExpressionCompiler compiler;

    FunctionCompiler(ExpressionCompiler compiler) {
        this.compiler = compiler;
    }

    BoundExpression call(FunctionCall f, Scope scope, String clause) {
        String name = f.name().toLowerCase(Locale.ROOT);
        if (f.schema() == null) {
            // MySQL 8.0.17 deprecates FOUND_ROWS() and says so whenever a statement uses it.
            if (name.equals("found_rows")) compiler.context().compileWarning(ErrorCode.ER_WARN_DEPRECATED_FOUND_ROWS);
            var def = compiler.context().functions().scalar(name);
            if (def.isPresent()) {
                BoundExpression[] args = compiler.compileAll(f.arguments(), scope, clause);
                BoundExpression lazy = ControlFlow.compile(name, def.get(), args);
                return lazy != null ? lazy : bind(def.get(), args);
            }
        }
        String db = f.schema() != null ? f.schema() : compiler.context().currentDatabase();
        if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        StringBuilder callText = new StringBuilder(f.name()).append('(');
        for (int i = 0; i < f.arguments().size(); i++) {
            if (i > 0) callText.append(',');
            callText.append(io.sprocket.sql.SqlFormatter.PLAIN.formatExpression(f.arguments().get(i)));
        }
        callText.append(')');
        BoundExpression stored = compiler.context().storedFunction(db, f.name(),
                compiler.compileAll(f.arguments(), scope, clause), callText.toString());
        if (stored != null) return stored;
        if (io.sprocket.sql.ParserFunctions.contains(f.name())) {  // a lexer function name: 1630 says so
            throw new SqlException(ErrorCode.ER_FUNC_INEXISTENT_NAME_COLLISION, db + "." + f.name());
        }
        throw new SqlException(ErrorCode.ER_SP_DOES_NOT_EXIST, "FUNCTION", db + "." + f.name());
    }

    /** Binds a registry function to compiled arguments. */
    BoundExpression bind(FunctionDefinition def, BoundExpression[] args) {
        io.sprocket.engine.type.Collation collation = null;
        for (BoundExpression a : args) {
            if (a.type().kind().hasCollation()) {
                collation = a.type().collation();
                break;
            }
        }
        ScalarFunction fn = collation != null ? def.bind(args.length, collation) : def.bind(args.length);
        Evaluator[] evs = new Evaluator[args.length];
        List<SqlType> types = new ArrayList<>(args.length);
        boolean constant = def.deterministic();
        for (int i = 0; i < args.length; i++) {
            evs[i] = args[i].evaluator();
            types.add(args[i].type());
            constant &= args[i].constant();
        }
        Object[] constants = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i].constant()) {
                try {
                    constants[i] = args[i].evaluator().eval(null, null);
                } catch (RuntimeException notFoldable) {
                    constants[i] = null;
                }
            }
        }
        SqlType type = def.resultType().infer(types, constants);
        Evaluator ev = switch (evs.length) {
            case 0 -> (row, ctx) -> fn.evaluate(new Object[0], ctx.functions());
            case 1 -> {
                Evaluator a = evs[0];
                yield (row, ctx) -> fn.evaluate(new Object[] {a.eval(row, ctx)}, ctx.functions());
            }
            case 2 -> {
                Evaluator a = evs[0], b = evs[1];
                yield (row, ctx) -> fn.evaluate(new Object[] {a.eval(row, ctx), b.eval(row, ctx)}, ctx.functions());
            }
            default -> (row, ctx) -> {
                Object[] values = new Object[evs.length];
                for (int i = 0; i < values.length; i++) values[i] = evs[i].eval(row, ctx);
                return fn.evaluate(values, ctx.functions());
            };
        };
        return new BoundExpression(ev, type, true, constant && args.length > 0, null);
    }

    BoundExpression byName(String name, BoundExpression... args) {
        var def = compiler.context().functions().scalar(name)
                .orElseThrow(() -> new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, name.toUpperCase(Locale.ROOT)));
        return bind(def, args);
    }

    // ------------------------------------------------------------------ special forms

    BoundExpression like(Like l, Scope scope, String clause) {
        List<Expression> args = new ArrayList<>(List.of(l.value(), l.pattern()));
        if (l.escape() != null) args.add(l.escape());
        BoundExpression r = bindNamed("like", args, scope, clause);
        return l.negated() ? not(r) : r;
    }

    BoundExpression regexp(Regexp r, Scope scope, String clause) {
        BoundExpression b = bindNamed("regexp_like", List.of(r.value(), r.pattern()), scope, clause);
        return r.negated() ? not(b) : b;
    }

    private BoundExpression bindNamed(String name, List<Expression> args, Scope scope, String clause) {
        return byName(name, compiler.compileAll(args, scope, clause));
    }

    static BoundExpression not(BoundExpression e) {
        Evaluator ev = e.evaluator();
        return new BoundExpression((row, ctx) -> {
            Object v = ev.eval(row, ctx);
            return v == null ? null : (Ops.truth(v, ctx.warnings()) ? 0L : 1L);
        }, SqlType.integerExpression(1, false), e.nullable(), e.constant(), null);
    }

    BoundExpression trim(Trim t, Scope scope, String clause) {
        String name = switch (t.mode()) {
            case LEADING -> "trim_leading";
            case TRAILING -> "trim_trailing";
            default -> "trim_both";
        };
        List<Expression> args = new ArrayList<>();
        args.add(t.source());
        if (t.remove() != null) args.add(t.remove());
        return bindNamed(name, args, scope, clause);
    }

    private static StringLiteral word(String s) {
        return new StringLiteral(s, null);
    }

    BoundExpression extract(Extract x, Scope scope, String clause) {
        return bindNamed("extract", List.of(word(x.unit().name()), x.source()), scope, clause);
    }

    BoundExpression dateArithmetic(DateArithmetic d, Scope scope, String clause) {
        return bindNamed(d.subtract() ? "date_sub" : "date_add",
                List.of(d.date(), d.interval(), word(d.unit().name())), scope, clause);
    }

    BoundExpression timestampAdd(TimestampAdd t, Scope scope, String clause) {
        return bindNamed("timestampadd", List.of(word(t.unit().name()), t.amount(), t.datetime()), scope, clause);
    }

    BoundExpression timestampDiff(TimestampDiff t, Scope scope, String clause) {
        return bindNamed("timestampdiff", List.of(word(t.unit().name()), t.from(), t.to()), scope, clause);
    }

    BoundExpression charFunction(CharFunction c, Scope scope, String clause) {
        BoundExpression b = bindNamed("char", c.arguments(), scope, clause);
        if (c.charset() == null) return b;
        var cs = CollationRegistry.instance().charset(c.charset());
        if (cs == null) throw new SqlException(ErrorCode.ER_UNKNOWN_CHARACTER_SET, c.charset());
        Evaluator ev = b.evaluator();
        return new BoundExpression((row, ctx) -> {
            Object v = ev.eval(row, ctx);
            return v == null ? null : Ops.toStr(v);
        }, SqlType.varchar(c.arguments().size() * 4L, CollationRegistry.instance().collation(cs.defaultCollation())), true, b.constant(), null);
    }

    BoundExpression getFormat(GetFormat g, Scope scope, String clause) {
        return bindNamed("get_format", List.of(word(g.kind().name()), g.locale()), scope, clause);
    }

    BoundExpression memberOf(MemberOf m, Scope scope, String clause) {
        return bindNamed("member_of", List.of(m.value(), m.array()), scope, clause);
    }

    BoundExpression convertUsing(ConvertUsing c, Scope scope, String clause) {
        BoundExpression operand = compiler.compile(c.operand(), scope, clause);
        if (c.charset().equalsIgnoreCase("binary")) {
            Evaluator ev = operand.evaluator();
            return new BoundExpression((row, ctx) -> {
                Object v = ev.eval(row, ctx);
                return v == null ? null : Ops.toBytes(v);
            }, SqlType.varbinary(TypeAggregation.charLength(operand.type())), operand.nullable(), operand.constant(), null);
        }
        var cs = CollationRegistry.instance().charset(c.charset());
        if (cs == null) throw new SqlException(ErrorCode.ER_UNKNOWN_CHARACTER_SET, c.charset());
        Evaluator ev = operand.evaluator();
        return new BoundExpression((row, ctx) -> {
            Object v = ev.eval(row, ctx);
            return v == null ? null : Ops.toStr(v);
        }, SqlType.varchar(TypeAggregation.charLength(operand.type()), CollationRegistry.instance().collation(cs.defaultCollation())),
                operand.nullable(), operand.constant(), null);
    }

    BoundExpression cast(Cast c, Scope scope, String clause) {
        BoundExpression operand = compiler.compile(c.operand(), scope, clause);
        return Casts.compile(operand, c.type(), compiler.context());
    }
}
