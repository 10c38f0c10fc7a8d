package io.sprocket.engine.function;

final class DateTimeFunctions {
    private DateTimeFunctions() {}

    static void register(FunctionRegistry.Builder b) {
    }
}
