package io.sprocket.engine.function;

final class JsonFunctions {
    private JsonFunctions() {}

    static void register(FunctionRegistry.Builder b) {
    }
}
