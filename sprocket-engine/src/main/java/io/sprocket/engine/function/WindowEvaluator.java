package io.sprocket.engine.function;

/**
 * Per-partition state of one window function. The executor calls {@link #evaluate} for the partition's rows in
 * window order (row 0, 1, 2...), then discards the evaluator at the partition's end.
 */
public interface WindowEvaluator {
    Object evaluate(WindowPartition partition, int row, FunctionContext ctx);
}
