package io.sprocket.engine.function;

final class AggregateFunctions {
    private AggregateFunctions() {}

    static void register(FunctionRegistry.Builder b) {
    }
}
