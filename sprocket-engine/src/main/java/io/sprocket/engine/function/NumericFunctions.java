package io.sprocket.engine.function;

import static io.sprocket.engine.function.Coercion.str;
import static io.sprocket.engine.function.Coercion.toDouble;
import static io.sprocket.engine.function.Coercion.toLong;
import static io.sprocket.engine.function.FunctionDefinition.VARIADIC;
import static io.sprocket.engine.function.Text.anyNull;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Mathematical functions. Exact inputs (integers, DECIMAL) keep exact results where MySQL does (ABS, CEIL,
 * ROUND, TRUNCATE, MOD); everything else is computed in DOUBLE. Domain errors give NULL, as in MySQL 8.0.
 */
final class NumericFunctions {
    private NumericFunctions() {}

    static void register(FunctionRegistry.Builder b) {
        b.add("abs", 1, 1, ResultTypeRule.SAME_NUMERIC, NumericFunctions::abs);
        b.add("sign", 1, 1, ResultTypeRule.INTEGER, (a, c) -> a[0] == null ? null : (long) sign(a[0], c));
        b.add("ceiling", 1, 1, ResultTypeRule.INTEGRAL, (a, c) -> ceilFloor(a[0], c, RoundingMode.CEILING));
        b.alias("ceil", "ceiling");
        b.add("floor", 1, 1, ResultTypeRule.INTEGRAL, (a, c) -> ceilFloor(a[0], c, RoundingMode.FLOOR));
        b.add("round", 1, 2, ResultTypeRule.ROUNDED, (a, c) -> round(a, c, false));
        b.add("truncate", 2, 2, ResultTypeRule.ROUNDED, (a, c) -> round(a, c, true));
        b.add("mod", 2, 2, ResultTypeRule.SAME_NUMERIC, NumericFunctions::mod);
        b.add("pow", 2, 2, ResultTypeRule.DOUBLE, (a, c) -> anyNull(a) ? null
                : checked(Math.pow(toDouble(a[0], c), toDouble(a[1], c)), "pow", a));
        b.alias("power", "pow");
        b.add("sqrt", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> unary(a, c, Math::sqrt));
        b.add("exp", 1, 1, ResultTypeRule.DOUBLE,
                (a, c) -> a[0] == null ? null : checked(Math.exp(toDouble(a[0], c)), "exp", a));
        b.add("ln", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> a[0] == null ? null : log(toDouble(a[0], c), Math.E, c));
        b.add("log", 1, 2, ResultTypeRule.DOUBLE, NumericFunctions::logFn);
        b.add("log2", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> a[0] == null ? null : log(toDouble(a[0], c), 2, c));
        b.add("log10", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> a[0] == null ? null : log(toDouble(a[0], c), 10, c));
        b.add("pi", 0, 0, ResultTypeRule.PI, (a, c) -> Math.PI);
        b.add("sin", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> unary(a, c, Math::sin));
        b.add("cos", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> unary(a, c, Math::cos));
        b.add("tan", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> unary(a, c, Math::tan));
        b.add("asin", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> unary(a, c, Math::asin));
        b.add("acos", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> unary(a, c, Math::acos));
        b.add("atan", 1, 2, ResultTypeRule.DOUBLE, (a, c) -> anyNull(a) ? null : a.length == 1
                ? Math.atan(toDouble(a[0], c)) : Math.atan2(toDouble(a[0], c), toDouble(a[1], c)));
        b.add("atan2", 2, 2, ResultTypeRule.DOUBLE,
                (a, c) -> anyNull(a) ? null : Math.atan2(toDouble(a[0], c), toDouble(a[1], c)));
        b.add("cot", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> {
            if (a[0] == null) return null;
            double x = toDouble(a[0], c);
            double t = Math.tan(x);
            if (t == 0) throw outOfRange("cot", a);
            return 1 / t;
        });
        b.add("degrees", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> unary(a, c, Math::toDegrees));
        b.add("radians", 1, 1, ResultTypeRule.DOUBLE, (a, c) -> unary(a, c, Math::toRadians));
        b.add("rand", 0, 1, false, ResultTypeRule.DOUBLE, RandSite::new);
        b.addCollated("greatest", 2, VARIADIC, true, ResultTypeRule.COMMON_TYPE, coll -> (a, c) -> extreme(a, c, 1, coll));
        b.addCollated("least", 2, VARIADIC, true, ResultTypeRule.COMMON_TYPE, coll -> (a, c) -> extreme(a, c, -1, coll));
        b.add("bit_count", 1, 1, ResultTypeRule.INTEGER, (a, c) -> a[0] == null ? null
                : (long) Long.bitCount(a[0] instanceof BigInteger bi ? bi.longValue() : toLong(a[0], c)));
    }

    private static Object unary(Object[] a, FunctionContext c, java.util.function.DoubleUnaryOperator op) {
        if (a[0] == null) return null;
        double r = op.applyAsDouble(toDouble(a[0], c));
        return Double.isNaN(r) ? null : r;
    }

    private static Object checked(double r, String name, Object[] a) {
        // Overflow and undefined results (a negative base to a fractional power) are both error 1690.
        if (Double.isInfinite(r) || Double.isNaN(r)) throw outOfRange(name, a);
        return r;
    }

    /** ER_DATA_OUT_OF_RANGE naming the call the way MySQL prints it, e.g. DOUBLE value is out of range in 'exp(1000)'. */
    static SqlException outOfRange(String name, Object[] a) {
        return outOfRange("DOUBLE", name, a);
    }

    static SqlException outOfRange(String type, String name, Object[] a) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(a[i] instanceof String s ? "'" + s + "'" : str(a[i]));
        }
        return new SqlException(ErrorCode.ER_DATA_OUT_OF_RANGE, type, sb.append(')').toString());
    }

    private static Object abs(Object[] a, FunctionContext c) {
        Object v = a[0];
        return switch (v) {
            case null -> null;
            case Long l -> {
                if (l == Long.MIN_VALUE) throw outOfRange("BIGINT", "abs", a);
                yield Math.abs(l);
            }
            case BigInteger bi -> bi;
            case BigDecimal d -> d.abs();
            default -> Math.abs(toDouble(v, c));
        };
    }

    private static int sign(Object v, FunctionContext c) {
        return switch (v) {
            case Long l -> Long.signum(l);
            case BigInteger bi -> bi.signum();
            case BigDecimal d -> d.signum();
            default -> (int) Math.signum(toDouble(v, c));
        };
    }

    private static Object ceilFloor(Object v, FunctionContext c, RoundingMode mode) {
        return switch (v) {
            case null -> null;
            case Long l -> l;
            case BigInteger bi -> bi;
            case BigDecimal d -> integral(d.setScale(0, mode));
            default -> {
                double x = toDouble(v, c);
                yield mode == RoundingMode.CEILING ? Math.ceil(x) : Math.floor(x);
            }
        };
    }

    /** An integral DECIMAL as BIGINT when it fits (MySQL's CEIL/FLOOR result type for short decimals). */
    private static Object integral(BigDecimal d) {
        if (d.precision() - d.scale() <= 18) return d.longValueExact();
        return d;
    }

    private static Object round(Object[] a, FunctionContext c, boolean truncate) {
        if (anyNull(a)) return null;
        long places = a.length > 1 ? toLong(a[1], c) : 0;
        int d = (int) Math.max(-1000, Math.min(30, places));
        RoundingMode mode = truncate ? RoundingMode.DOWN : RoundingMode.HALF_UP;
        Object v = a[0];
        if (v instanceof Long || v instanceof BigInteger) {
            if (d >= 0) return v;
            BigDecimal r = new BigDecimal(v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v)
                    .setScale(d, mode).setScale(0);
            BigInteger bi = r.toBigInteger();
            return Coercion.normalizeInteger(bi);
        }
        if (v instanceof BigDecimal dec) {
            BigDecimal r = dec.setScale(d, mode);
            return d < 0 ? r.setScale(0) : r;
        }
        double x = toDouble(v, c);
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        if (d < -308) return 0.0; // every double rounds to zero at that magnitude
        if (truncate) {
            BigDecimal r = new BigDecimal(x).setScale(d, RoundingMode.DOWN);
            // Exact binary expansion then cut: matches MySQL for values like 1.999 -> 1.9.
            return r.doubleValue();
        }
        if (d == 0) return Math.rint(x);
        // Scale through a decimal string so 1.298 rounds like MySQL (half away from zero on the decimal text).
        BigDecimal r = new BigDecimal(Double.toString(x)).setScale(d, RoundingMode.HALF_EVEN);
        double scaled = x * Math.pow(10, d);
        if (!Double.isInfinite(scaled) && Math.abs(scaled) < 1e15) {
            double rounded = Math.rint(scaled);
            return d > 0 ? rounded / Math.pow(10, d) : rounded * Math.pow(10, -d);
        }
        return r.doubleValue();
    }

    private static Object mod(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        Object x = a[0];
        Object y = a[1];
        if (Coercion.isInteger(x) && Coercion.isInteger(y)) {
            long m = toLong(y, c);
            if (m == 0) return divisionByZero(c);
            if (x instanceof BigInteger || y instanceof BigInteger) {
                return Coercion.normalizeInteger(toBig(x).remainder(toBig(y)));
            }
            long n = toLong(x, c);
            return m == -1 ? 0L : n % m;
        }
        if (Coercion.isExact(x) && Coercion.isExact(y)) {
            BigDecimal m = Coercion.toDecimal(y, c);
            if (m.signum() == 0) return divisionByZero(c);
            return Coercion.toDecimal(x, c).remainder(m);
        }
        double m = toDouble(y, c);
        double n = toDouble(x, c);
        if (m == 0) return divisionByZero(c);
        return n % m;
    }

    private static BigInteger toBig(Object v) {
        return v instanceof BigInteger b ? b : BigInteger.valueOf((Long) v);
    }

    static Object divisionByZero(FunctionContext c) {
        if (c.sqlMode(SqlModeFlag.ERROR_FOR_DIVISION_BY_ZERO)) c.warnings().warn(ErrorCode.ER_DIVISION_BY_ZERO);
        return null;
    }

    private static Object log(double x, double base, FunctionContext c) {
        if (x <= 0) {
            c.warnings().warn(ErrorCode.ER_INVALID_ARGUMENT_FOR_LOGARITHM);
            return null;
        }
        if (base == Math.E) return Math.log(x);
        if (base == 10) return Math.log10(x);
        return Math.log(x) / Math.log(base);
    }

    private static Object logFn(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        if (a.length == 1) return log(toDouble(a[0], c), Math.E, c);
        double base = toDouble(a[0], c);
        double x = toDouble(a[1], c);
        if (base <= 0 || base == 1 || x <= 0) {
            c.warnings().warn(ErrorCode.ER_INVALID_ARGUMENT_FOR_LOGARITHM);
            return null;
        }
        return Math.log(x) / Math.log(base);
    }

    /**
     * RAND() and RAND(seed). A seeded call site keeps its generator for the rest of the statement (so a constant
     * seed yields MySQL's sequence row after row) and reseeds when the seed or the statement changes.
     */
    static final class RandSite implements ScalarFunction {
        private Instant statement;
        private Object seed;
        private MySqlRandom random;

        @Override
        public synchronized Object evaluate(Object[] a, FunctionContext c) {
            if (a.length == 0) return c.random().next();
            Object s = a[0];
            Instant now = c.statementStart();
            if (random == null || !now.equals(statement) || !java.util.Objects.equals(s, seed)) {
                random = MySqlRandom.seeded(s == null ? 0 : toLong(s, c));
                statement = now;
                seed = s;
            }
            return random.next();
        }
    }

    /** GREATEST (direction 1) / LEAST (-1) with MySQL's comparison-type rules. */
    static Object extreme(Object[] a, FunctionContext c, int direction, io.sprocket.engine.type.Collation collation) {
        if (anyNull(a)) return null;
        boolean allInt = true;
        boolean anyDouble = false;
        boolean allNumbers = true;
        boolean allTemporal = true;
        boolean anyBinary = false;
        for (Object v : a) {
            if (!Coercion.isInteger(v)) allInt = false;
            if (v instanceof Double || v instanceof Float) anyDouble = true;
            if (!Coercion.isNumber(v)) allNumbers = false;
            if (!Temporal.isTemporal(v)) allTemporal = false;
            if (v instanceof byte[]) anyBinary = true;
        }
        int best = 0;
        if (allInt) {
            for (int i = 1; i < a.length; i++) {
                if (Integer.signum(toBig(a[i]).compareTo(toBig(a[best]))) == direction) best = i;
            }
            return a[best];
        }
        if (anyDouble) {
            double bestValue = toDouble(a[0], c);
            for (int i = 1; i < a.length; i++) {
                double x = toDouble(a[i], c);
                if (Integer.signum(Double.compare(x, bestValue)) == direction) {
                    best = i;
                    bestValue = x;
                }
            }
            return bestValue;
        }
        if (allNumbers) {
            BigDecimal bestValue = Coercion.toDecimal(a[0], c);
            for (int i = 1; i < a.length; i++) {
                BigDecimal x = Coercion.toDecimal(a[i], c);
                if (Integer.signum(x.compareTo(bestValue)) == direction) bestValue = x;
            }
            return bestValue;
        }
        if (allTemporal) {
            for (int i = 1; i < a.length; i++) {
                if (Integer.signum(Temporal.compare(a[i], a[best])) == direction) best = i;
            }
            return a[best];
        }
        for (int i = 1; i < a.length; i++) {
            if (Integer.signum(Text.compare(Text.text(a[i], anyBinary), Text.text(a[best], anyBinary), anyBinary,
                    collation))
                    == direction) {
                best = i;
            }
        }
        return anyBinary ? Coercion.bytes(a[best]) : str(a[best]);
    }
}
