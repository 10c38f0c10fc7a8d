package io.sprocket.engine.expr;

/**
 * A compiled expression: evaluates against the current row of its query block. Built once per statement (or
 * once per routine definition) and evaluated many times, so implementations hold resolved slots, never names.
 */
@FunctionalInterface
public interface Evaluator {
    Object eval(Object[] row, ExecContext ctx);
}
