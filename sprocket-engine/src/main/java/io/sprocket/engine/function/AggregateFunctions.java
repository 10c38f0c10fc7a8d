package io.sprocket.engine.function;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.function.AggregateDefinition.AggregateCall;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * COUNT, SUM, AVG, MIN, MAX, GROUP_CONCAT, the BIT_ aggregates and the statistical aggregates. Rows with a NULL
 * argument are skipped (COUNT(*) counts every row); an empty group gives NULL, 0 for COUNT.
 */
final class AggregateFunctions {
    private AggregateFunctions() {}

    static void register(FunctionRegistry.Builder b) {
        b.aggregate(new AggregateDefinition("count", 0, Integer.MAX_VALUE, ResultTypeRule.INTEGER, Count::new));
        b.aggregate(new AggregateDefinition("sum", 1, 1, ResultTypeRule.SUM, call -> distinct(call, new Sum(false))));
        b.aggregate(new AggregateDefinition("avg", 1, 1, ResultTypeRule.AVERAGE, call -> distinct(call, new Sum(true))));
        b.aggregate(new AggregateDefinition("min", 1, 1, ResultTypeRule.FIRST_ARGUMENT, call -> new MinMax(-1, call)));
        b.aggregate(new AggregateDefinition("max", 1, 1, ResultTypeRule.FIRST_ARGUMENT, call -> new MinMax(1, call)));
        b.aggregate(new AggregateDefinition("group_concat", 1, Integer.MAX_VALUE, ResultTypeRule.STRING,
                GroupConcat::new));
        b.aggregate(new AggregateDefinition("bit_and", 1, 1, ResultTypeRule.UNSIGNED_INTEGER, call -> new Bits('&')));
        b.aggregate(new AggregateDefinition("bit_or", 1, 1, ResultTypeRule.UNSIGNED_INTEGER, call -> new Bits('|')));
        b.aggregate(new AggregateDefinition("bit_xor", 1, 1, ResultTypeRule.UNSIGNED_INTEGER, call -> new Bits('^')));
        for (String name : List.of("std", "stddev", "stddev_pop")) {
            b.aggregate(new AggregateDefinition(name, 1, 1, ResultTypeRule.DOUBLE, call -> new Variance(false, true)));
        }
        b.aggregate(new AggregateDefinition("stddev_samp", 1, 1, ResultTypeRule.DOUBLE,
                call -> new Variance(true, true)));
        b.aggregate(new AggregateDefinition("variance", 1, 1, ResultTypeRule.DOUBLE, call -> new Variance(false, false)));
        b.aggregate(new AggregateDefinition("var_pop", 1, 1, ResultTypeRule.DOUBLE, call -> new Variance(false, false)));
        b.aggregate(new AggregateDefinition("var_samp", 1, 1, ResultTypeRule.DOUBLE, call -> new Variance(true, false)));
    }

    /** Wraps an accumulator so that each distinct argument tuple reaches it once. */
    static Accumulator distinct(AggregateCall call, Accumulator inner) {
        if (!call.distinct()) return inner;
        Set<List<Object>> seen = new HashSet<>();
        return new Accumulator() {
            @Override
            public void add(Object[] args, FunctionContext ctx) {
                for (Object a : args) if (a == null) return;
                if (seen.add(DistinctKey.of(args, call.collation()))) inner.add(args, ctx);
            }

            @Override
            public Object result(FunctionContext ctx) {
                return inner.result(ctx);
            }
        };
    }

    static final class Count implements Accumulator {
        private final AggregateCall call;
        private final Set<List<Object>> seen;
        private long count;

        Count(AggregateCall call) {
            this.call = call;
            this.seen = call.distinct() ? new HashSet<>() : null;
        }

        @Override
        public void add(Object[] args, FunctionContext ctx) {
            if (!call.star()) {
                for (Object a : args) if (a == null) return;
                if (seen != null && !seen.add(DistinctKey.of(args, call.collation()))) return;
            }
            count++;
        }

        @Override
        public Object result(FunctionContext ctx) {
            return count;
        }
    }

    /** SUM and AVG: DECIMAL over exact inputs, DOUBLE as soon as an approximate or string value appears. */
    static final class Sum implements Accumulator {
        private final boolean average;
        private BigDecimal exact = BigDecimal.ZERO;
        /** Integer inputs add up here first (a long add instead of a BigDecimal per row); folded into exact on overflow. */
        private long integerSum;
        private double approximate;
        private boolean isApproximate;
        private long count;
        private int scale;

        Sum(boolean average) {
            this.average = average;
        }

        @Override
        public void add(Object[] args, FunctionContext ctx) {
            Object v = args[0];
            if (v == null) return;
            count++;
            if (v instanceof Long l && !isApproximate) {
                long r = integerSum + l;
                if (((integerSum ^ r) & (l ^ r)) < 0) {
                    exact = exact.add(BigDecimal.valueOf(integerSum));
                    integerSum = l;
                } else {
                    integerSum = r;
                }
                return;
            }
            if (!isApproximate && Coercion.isExact(v)) {
                BigDecimal d = Coercion.toDecimal(v, ctx);
                scale = Math.max(scale, Math.max(0, d.scale()));
                exact = exact.add(d);
                return;
            }
            if (!isApproximate) {
                isApproximate = true;
                approximate = exact().doubleValue();
            }
            approximate += Temporal.isTemporal(v) ? temporalNumber(v) : Coercion.toDouble(v, ctx);
        }

        private static double temporalNumber(Object v) {
            return switch (v) {
                case io.sprocket.engine.type.SqlDate d -> d.toNumber();
                case io.sprocket.engine.type.SqlDateTime t -> ((Number) t.toNumber(0)).doubleValue();
                case io.sprocket.engine.type.SqlTime t -> ((Number) t.toNumber(0)).doubleValue();
                default -> 0;
            };
        }

        @Override
        public Object result(FunctionContext ctx) {
            if (count == 0) return null;
            if (isApproximate) return average ? approximate / count : approximate;
            if (!average) return exact().setScale(scale, RoundingMode.UNNECESSARY);
            int resultScale = Math.min(30, scale + ctx.divPrecisionIncrement());
            return exact().divide(BigDecimal.valueOf(count), resultScale, RoundingMode.HALF_UP);
        }

        private BigDecimal exact() {
            return integerSum == 0 ? exact : exact.add(BigDecimal.valueOf(integerSum));
        }
    }

    static final class MinMax implements Accumulator {
        private final int direction;
        private final AggregateCall call;
        private Object best;

        MinMax(int direction, AggregateCall call) {
            this.direction = direction;
            this.call = call;
        }

        @Override
        public void add(Object[] args, FunctionContext ctx) {
            Object v = args[0];
            if (v == null) return;
            int cmp = best == null ? direction
                    : v instanceof String x && best instanceof String y ? call.collation().compare(x, y)
                    : Comparison.compare(v, best, ctx);
            if (Integer.signum(cmp) == direction) best = v;
        }

        @Override
        public Object result(FunctionContext ctx) {
            return best;
        }
    }

    /** BIT_AND / BIT_OR / BIT_XOR over unsigned 64-bit integers. */
    static final class Bits implements Accumulator {
        private final char op;
        private long bits;

        Bits(char op) {
            this.op = op;
            this.bits = op == '&' ? -1L : 0L;
        }

        @Override
        public void add(Object[] args, FunctionContext ctx) {
            Object v = args[0];
            if (v == null) return;
            long x = v instanceof BigInteger bi ? bi.longValue() : Coercion.toLong(v, ctx);
            bits = switch (op) {
                case '&' -> bits & x;
                case '|' -> bits | x;
                default -> bits ^ x;
            };
        }

        @Override
        public Object result(FunctionContext ctx) {
            return Coercion.unsigned(bits);
        }
    }

    /** Welford's online variance: numerically stable in one pass. */
    static final class Variance implements Accumulator {
        private final boolean sample;
        private final boolean root;
        private long n;
        private double mean;
        private double m2;

        Variance(boolean sample, boolean root) {
            this.sample = sample;
            this.root = root;
        }

        @Override
        public void add(Object[] args, FunctionContext ctx) {
            if (args[0] == null) return;
            double x = Coercion.toDouble(args[0], ctx);
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }

        @Override
        public Object result(FunctionContext ctx) {
            if (n == 0 || (sample && n == 1)) return null;
            double v = m2 / (sample ? n - 1 : n);
            return root ? Math.sqrt(v) : v;
        }
    }

    /**
     * GROUP_CONCAT([DISTINCT] expr, ... [ORDER BY ...] [SEPARATOR s]): each row's arguments are concatenated, rows
     * joined by the separator, the result cut at group_concat_max_len bytes with warning 1260.
     */
    static final class GroupConcat implements Accumulator {
        private final AggregateCall call;
        private final Set<List<Object>> seen;
        private final List<Object[]> rows = new ArrayList<>();

        GroupConcat(AggregateCall call) {
            this.call = call;
            this.seen = call.distinct() ? new HashSet<>() : null;
        }

        @Override
        public void add(Object[] args, FunctionContext ctx) {
            int values = call.values(args.length);
            for (int i = 0; i < values; i++) if (args[i] == null) return;
            if (seen != null
                    && !seen.add(DistinctKey.of(java.util.Arrays.copyOf(args, values), call.collation()))) {
                return;
            }
            rows.add(args.clone());
        }

        @Override
        public Object result(FunctionContext ctx) {
            if (rows.isEmpty()) return null;
            if (call.orderBy() != null) rows.sort(call.orderBy());
            long max = ctx.groupConcatMaxLen();
            StringBuilder sb = new StringBuilder();
            long bytes = 0;
            int row = 0;
            for (Object[] r : rows) {
                row++;
                StringBuilder one = new StringBuilder();
                if (row > 1) one.append(call.separator());
                for (int i = 0, n = call.values(r.length); i < n; i++) one.append(Coercion.str(r[i]));
                String piece = one.toString();
                long pieceBytes = piece.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (bytes + pieceBytes > max) {
                    sb.append(cutToBytes(piece, max - bytes));
                    ctx.warnings().warn(ErrorCode.ER_CUT_VALUE_GROUP_CONCAT, row);
                    return sb.toString();
                }
                sb.append(piece);
                bytes += pieceBytes;
            }
            return sb.toString();
        }

        private static String cutToBytes(String s, long limit) {
            int bytes = 0;
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (bytes + len > limit) break;
                bytes += len;
                i += Character.charCount(cp);
            }
            return s.substring(0, i);
        }
    }
}
