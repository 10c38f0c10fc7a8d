/**
 * MySQL 8.0's built-in function library: the {@link io.sprocket.engine.function.FunctionRegistry} the analyzer
 * binds calls against (arity, result type, determinism), the scalar implementations grouped by family, aggregate
 * accumulators and per-partition window function state.
 *
 * <p>Values follow the engine-wide representation: NULL is {@code null}, integers {@code Long} (unsigned above
 * Long.MAX_VALUE as {@code BigInteger}), DECIMAL {@code BigDecimal}, FLOAT/DOUBLE {@code Double}, character
 * strings {@code String}, binary strings {@code byte[]}. Session state reaches functions only through
 * {@link io.sprocket.engine.function.FunctionContext}. This package must not import the analyzer, planner,
 * executor or session packages: they call into it, never the reverse.
 */
package io.sprocket.engine.function;
