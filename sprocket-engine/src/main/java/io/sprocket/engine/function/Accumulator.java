package io.sprocket.engine.function;

/**
 * The running state of one aggregate over one group. The executor creates a fresh accumulator per group
 * (and per window frame when it cannot slide), feeds each row's evaluated arguments, then reads the result.
 */
public interface Accumulator {
    /** One row's arguments (COUNT(*) gets an empty array). */
    void add(Object[] args, FunctionContext ctx);

    /** The aggregate's value over the rows added so far (an empty group gives NULL, or 0 for COUNT). */
    Object result(FunctionContext ctx);
}
