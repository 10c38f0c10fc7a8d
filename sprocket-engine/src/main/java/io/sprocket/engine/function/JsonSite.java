package io.sprocket.engine.function;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.JsonValue;
import java.nio.charset.StandardCharsets;

/**
 * One call site of a JSON function: reads JSON arguments and keeps the last parsed path per argument position,
 * so constant paths are parsed once per site.
 */
final class JsonSite implements ScalarFunction {
    @FunctionalInterface
    interface Body {
        Object apply(Object[] args, FunctionContext ctx, JsonSite site);
    }

    private record CachedPath(String text, JsonPath path) {}

    private final String name;
    private final Body body;
    private volatile CachedPath[] paths = new CachedPath[4];

    JsonSite(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public Object evaluate(Object[] args, FunctionContext ctx) {
        return body.apply(args, ctx, this);
    }

    String name() {
        return name;
    }

    /** A JSON document argument (1-based {@code position} for error messages); null stays null. */
    JsonValue doc(Object v, int position) {
        return document(v, position, name);
    }

    static JsonValue document(Object v, int position, String function) {
        return switch (v) {
            case null -> null;
            case JsonValue j -> j;
            case String s -> JsonValue.parseArgument(s, position, function);
            case byte[] b -> JsonValue.parseArgument(new String(b, StandardCharsets.UTF_8), position, function);
            default -> throw new SqlException(ErrorCode.ER_INVALID_TYPE_FOR_JSON, position, function);
        };
    }

    /** A SQL value embedded in JSON (JSON_ARRAY, JSON_SET values): strings stay strings, JSON stays JSON. */
    static JsonValue value(Object v) {
        if (v instanceof byte[] b) return JsonValue.of(new String(b, StandardCharsets.ISO_8859_1));
        if (v instanceof io.sprocket.engine.type.SqlDate || v instanceof io.sprocket.engine.type.SqlDateTime
                || v instanceof io.sprocket.engine.type.SqlTime) {
            return JsonValue.of(v.toString());
        }
        return JsonValue.of(v);
    }

    JsonPath path(Object v, int index) {
        String text = Coercion.str(v);
        CachedPath[] cache = paths;
        if (index < cache.length && cache[index] != null && cache[index].text.equals(text)) return cache[index].path;
        JsonPath parsed = JsonPath.parse(text);
        CachedPath[] copy = java.util.Arrays.copyOf(cache, Math.max(cache.length, index + 1));
        copy[index] = new CachedPath(text, parsed);
        paths = copy;
        return parsed;
    }
}
