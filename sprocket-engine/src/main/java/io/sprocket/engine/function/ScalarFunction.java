package io.sprocket.engine.function;

/**
 * A bound scalar function: arguments already evaluated (NULL as null), result in the engine's value
 * representation. One instance per call site, so an implementation may keep a per-site cache (e.g. a compiled
 * pattern for a constant REGEXP argument); such caches must be safe to share between threads.
 */
@FunctionalInterface
public interface ScalarFunction {
    Object evaluate(Object[] args, FunctionContext ctx);
}
