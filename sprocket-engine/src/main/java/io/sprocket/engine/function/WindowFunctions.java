package io.sprocket.engine.function;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;

/** Ranking, distribution, offset and value window functions as per-partition evaluators. */
final class WindowFunctions {
    private WindowFunctions() {}

    static void register(FunctionRegistry.Builder b) {
        b.window(new WindowDefinition("row_number", 0, 0, ResultTypeRule.UNSIGNED_INTEGER, false,
                () -> (p, row, c) -> (long) row + 1));
        b.window(new WindowDefinition("rank", 0, 0, ResultTypeRule.UNSIGNED_INTEGER, false, Rank::new));
        b.window(new WindowDefinition("dense_rank", 0, 0, ResultTypeRule.UNSIGNED_INTEGER, false, DenseRank::new));
        b.window(new WindowDefinition("percent_rank", 0, 0, ResultTypeRule.DOUBLE, false, () -> {
            Rank rank = new Rank();
            return (p, row, c) -> {
                long r = (Long) rank.evaluate(p, row, c);
                return p.size() <= 1 ? 0.0 : (double) (r - 1) / (p.size() - 1);
            };
        }));
        b.window(new WindowDefinition("cume_dist", 0, 0, ResultTypeRule.DOUBLE, false, CumeDist::new));
        b.window(new WindowDefinition("ntile", 1, 1, ResultTypeRule.UNSIGNED_INTEGER, false,
                () -> WindowFunctions::ntile));
        b.window(new WindowDefinition("lag", 1, 3, ResultTypeRule.FIRST_ARGUMENT, false,
                () -> (p, row, c) -> offset(p, row, c, -1)));
        b.window(new WindowDefinition("lead", 1, 3, ResultTypeRule.FIRST_ARGUMENT, false,
                () -> (p, row, c) -> offset(p, row, c, 1)));
        b.window(new WindowDefinition("first_value", 1, 1, ResultTypeRule.FIRST_ARGUMENT, true,
                () -> (p, row, c) -> p.frameEnd(row) > p.frameStart(row) ? p.argument(p.frameStart(row), 0) : null));
        b.window(new WindowDefinition("last_value", 1, 1, ResultTypeRule.FIRST_ARGUMENT, true,
                () -> (p, row, c) -> p.frameEnd(row) > p.frameStart(row) ? p.argument(p.frameEnd(row) - 1, 0) : null));
        b.window(new WindowDefinition("nth_value", 2, 2, ResultTypeRule.FIRST_ARGUMENT, true,
                () -> WindowFunctions::nthValue));
    }

    static final class Rank implements WindowEvaluator {
        private long rank;

        @Override
        public Object evaluate(WindowPartition p, int row, FunctionContext c) {
            if (row == 0 || !p.peers(row, row - 1)) rank = row + 1;
            return rank;
        }
    }

    static final class DenseRank implements WindowEvaluator {
        private long rank;

        @Override
        public Object evaluate(WindowPartition p, int row, FunctionContext c) {
            if (row == 0 || !p.peers(row, row - 1)) rank++;
            return rank;
        }
    }

    /** Rows up to the current row's last peer, over the partition size. */
    static final class CumeDist implements WindowEvaluator {
        private int lastPeer = -1;

        @Override
        public Object evaluate(WindowPartition p, int row, FunctionContext c) {
            if (row > lastPeer) {
                lastPeer = row;
                while (lastPeer + 1 < p.size() && p.peers(row, lastPeer + 1)) lastPeer++;
            }
            return (double) (lastPeer + 1) / p.size();
        }
    }

    private static Object ntile(WindowPartition p, int row, FunctionContext c) {
        Object arg = p.argument(row, 0);
        long buckets = arg == null ? 0 : Coercion.toLong(arg, c);
        if (buckets <= 0) throw new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, "ntile");
        long n = p.size();
        long size = n / buckets;
        long extra = n % buckets; // the first `extra` buckets hold one more row
        long big = extra * (size + 1);
        if (row < big) return row / (size + 1) + 1;
        return (row - big) / size + extra + 1;
    }

    private static Object offset(WindowPartition p, int row, FunctionContext c, int direction) {
        long offset = 1;
        if (p.argumentCount() > 1) {
            Object n = p.argument(row, 1);
            offset = n == null ? 0 : Coercion.toLong(n, c);
        }
        if (offset < 0) throw new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, direction < 0 ? "lag" : "lead");
        long target = row + direction * offset;
        if (target >= 0 && target < p.size()) return p.argument((int) target, 0);
        return p.argumentCount() > 2 ? p.argument(row, 2) : null;
    }

    private static Object nthValue(WindowPartition p, int row, FunctionContext c) {
        Object n = p.argument(row, 1);
        long nth = n == null ? 0 : Coercion.toLong(n, c);
        if (nth <= 0) throw new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, "nth_value");
        long target = p.frameStart(row) + nth - 1;
        return target < p.frameEnd(row) ? p.argument((int) target, 0) : null;
    }
}
