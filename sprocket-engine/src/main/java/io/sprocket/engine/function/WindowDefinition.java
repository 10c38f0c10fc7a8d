package io.sprocket.engine.function;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A window-only function (ROW_NUMBER, RANK, LAG...): a factory for per-partition evaluators. Aggregates used
 * as window functions come from {@link AggregateDefinition} instead, fed frame by frame.
 *
 * @param usesFrame true when the value depends on the frame (FIRST_VALUE, LAST_VALUE, NTH_VALUE) rather than on
 *                  the whole partition and the peers
 */
public record WindowDefinition(String name, int minArgs, int maxArgs, ResultTypeRule resultType,
                               boolean usesFrame, Supplier<WindowEvaluator> factory) {
    public WindowDefinition {
        Objects.requireNonNull(name);
        Objects.requireNonNull(resultType);
        Objects.requireNonNull(factory);
    }

    public WindowEvaluator newEvaluator() {
        return factory.get();
    }
}
