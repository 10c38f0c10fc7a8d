package io.sprocket.engine.expr;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.Temporals;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** CAST(x AS type) and CONVERT(x, type). */
final class Casts {
    private Casts() {}

    static BoundExpression compile(BoundExpression operand, DataType target, CompileContext context) {
        Evaluator ev = operand.evaluator();
        boolean nullable = true;
        boolean constant = operand.constant();
        return switch (target.name()) {
            case SIGNED, INT, BIGINT, TINYINT, SMALLINT, MEDIUMINT -> new BoundExpression((row, ctx) -> {
                Object v = ev.eval(row, ctx);
                if (v == null) return null;
                if (v instanceof BigInteger b) return b.longValue();
                return io.sprocket.engine.type.Values.toLongValue(v, ctx.warnings());
            }, SqlType.integerExpression(21, false), nullable, constant, null);
            case UNSIGNED -> new BoundExpression((row, ctx) -> {
                Object v = ev.eval(row, ctx);
                if (v == null) return null;
                if (v instanceof BigInteger b) return b;
                long l;
                if (v instanceof Double d && d < 0) l = Math.round(d);
                else if (v instanceof BigDecimal d && d.signum() < 0) l = d.setScale(0, RoundingMode.HALF_UP).longValue();
                else l = Ops.toLong(v, ctx.warnings());
                if (l < 0 && Ops.isNumber(v)) {
                    ctx.warnings().add(new io.sprocket.engine.error.Condition(io.sprocket.engine.error.Condition.Level.NOTE,
                            1105, "HY000", "Cast to unsigned converted negative integer to it's positive complement"));
                }
                return Arithmetic.unsigned(l);
            }, SqlType.integerExpression(21, true), nullable, constant, null);
            case DECIMAL -> {
                int precision = target.length() == null ? 10 : target.length();
                int scale = target.scale() == null ? 0 : target.scale();
                if (scale > precision) throw new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, "DECIMAL");
                BigDecimal max = BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
                yield new BoundExpression((row, ctx) -> {
                    Object v = ev.eval(row, ctx);
                    if (v == null) return null;
                    BigDecimal d = Ops.toDecimal(v, ctx.warnings()).setScale(scale, RoundingMode.HALF_UP);
                    if (d.abs().compareTo(max) > 0) {
                        ctx.warnings().warn(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, "", 1);
                        return d.signum() < 0 ? max.negate() : max;
                    }
                    return d;
                }, SqlType.decimal(precision, scale), nullable, constant, null);
            }
            case DOUBLE, FLOAT -> new BoundExpression((row, ctx) -> {
                Object v = ev.eval(row, ctx);
                return v == null ? null : Ops.toDouble(v, ctx.warnings());
            }, target.name() == io.sprocket.sql.ast.TypeName.FLOAT ? SqlType.FLOAT : SqlType.DOUBLE, nullable, constant, null);
            case CHAR, VARCHAR -> {
                Integer n = target.length();
                var collation = target.charset() != null
                        ? CollationRegistry.instance().collation(CollationRegistry.instance().charset(target.charset()).defaultCollation())
                        : context.literalCollation();
                if (target.collation() != null) collation = CollationRegistry.instance().collation(target.collation());
                long len = n != null ? n : TypeAggregation.charLength(operand.type());
                yield new BoundExpression((row, ctx) -> {
                    Object v = ev.eval(row, ctx);
                    if (v == null) return null;
                    String s = Ops.toStr(v);
                    if (n != null && s.codePointCount(0, s.length()) > n) {
                        ctx.warnings().warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "CHAR(" + n + ")", s);
                        s = s.substring(0, s.offsetByCodePoints(0, n));
                    }
                    return s;
                }, SqlType.varchar(len, collation), nullable, constant, null);
            }
            case BINARY, VARBINARY -> {
                Integer n = target.length();
                long len = n != null ? n : TypeAggregation.charLength(operand.type());
                yield new BoundExpression((row, ctx) -> {
                    Object v = ev.eval(row, ctx);
                    if (v == null) return null;
                    byte[] b = v instanceof byte[] bytes ? bytes : Ops.toStr(v).getBytes(StandardCharsets.UTF_8);
                    if (n != null) {
                        if (b.length > n) {
                            ctx.warnings().warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "BINARY(" + n + ")", Ops.toStr(v));
                            b = java.util.Arrays.copyOf(b, n);
                        } else if (b.length < n) {
                            b = java.util.Arrays.copyOf(b, n);
                        }
                    }
                    return b;
                }, SqlType.varbinary(len), nullable, constant, null);
            }
            case DATE -> new BoundExpression((row, ctx) -> {
                Object v = ev.eval(row, ctx);
                if (v == null) return null;
                return Temporals.toDate(v, ctx.warnings());
            }, SqlType.DATE, nullable, constant, null);
            case DATETIME, TIMESTAMP -> {
                int fsp = target.length() == null ? 0 : target.length();
                yield new BoundExpression((row, ctx) -> {
                    Object v = ev.eval(row, ctx);
                    if (v == null) return null;
                    SqlDateTime t = Temporals.toDateTime(v, ctx.warnings());
                    return t == null ? null : Temporals.round(t, fsp); // MySQL 8.0 rounds to the target precision
                }, SqlType.datetime(fsp), nullable, constant, null);
            }
            case TIME -> {
                int fsp = target.length() == null ? 0 : target.length();
                yield new BoundExpression((row, ctx) -> {
                    Object v = ev.eval(row, ctx);
                    if (v == null) return null;
                    var t = Temporals.toTime(v, ctx.warnings());
                    if (t == null || fsp >= 6 || t.micros() == 0) return t;
                    long unit = (long) Math.pow(10, 6 - fsp);
                    long micros = t.toMicros();
                    long rounded = micros >= 0 ? (micros + unit / 2) / unit * unit : -((-micros + unit / 2) / unit * unit);
                    return io.sprocket.engine.type.SqlTime.ofMicros(rounded);
                }, SqlType.time(fsp), nullable, constant, null);
            }
            case YEAR -> new BoundExpression((row, ctx) -> {
                Object v = ev.eval(row, ctx);
                return v == null ? null : Ops.toLong(v, ctx.warnings());
            }, SqlType.YEAR, nullable, constant, null);
            case JSON -> new FunctionCompilerBridge(context).json(operand);
            default -> throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "CAST to " + target.name());
        };
    }

    static SqlDateTime roundMicros(SqlDateTime t, int fsp) {
        if (fsp >= 6 || t.micros() == 0) return t;
        long unit = (long) Math.pow(10, 6 - fsp);
        long micros = t.micros() / unit * unit;
        return new SqlDateTime(t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second(), (int) micros);
    }

    /** CAST(x AS JSON) goes through the function library's JSON support. */
    private record FunctionCompilerBridge(CompileContext context) {
        BoundExpression json(BoundExpression operand) {
            var def = context.functions().scalar("json_extract");
            var cast = context.functions().scalar("cast_as_json");
            if (cast.isEmpty()) throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "CAST AS JSON");
            var fn = cast.get().bind(1);
            Evaluator ev = operand.evaluator();
            return new BoundExpression((row, ctx) -> fn.evaluate(new Object[] {ev.eval(row, ctx)}, ctx.functions()),
                    SqlType.JSON, true, operand.constant(), null);
        }
    }

    static TypeKind unused() { return TypeKind.NULL; }
}
