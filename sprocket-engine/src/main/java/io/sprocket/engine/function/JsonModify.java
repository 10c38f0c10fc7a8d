package io.sprocket.engine.function;

import static io.sprocket.engine.function.FunctionDefinition.VARIADIC;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.JsonValue;
import io.sprocket.engine.type.JsonValue.JsonArray;
import io.sprocket.engine.type.JsonValue.JsonNull;
import io.sprocket.engine.type.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON_SET / INSERT / REPLACE / REMOVE / ARRAY_APPEND / ARRAY_INSERT and the merges. JSON values are immutable,
 * so each change rebuilds the path from the root; paths with wildcards are rejected (3149).
 */
final class JsonModify {
    private JsonModify() {}

    enum Mode { SET, INSERT, REPLACE }

    static void register(FunctionRegistry.Builder b) {
        for (Mode mode : Mode.values()) {
            String name = "json_" + mode.name().toLowerCase(java.util.Locale.ROOT);
            b.add(name, 3, VARIADIC, true, ResultTypeRule.JSON, () -> new JsonSite(name, (a, c, s) -> {
                if (a.length % 2 == 0) throw new SqlException(ErrorCode.ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT, name);
                if (a[0] == null) return null;
                JsonValue doc = s.doc(a[0], 1);
                for (int i = 1; i < a.length; i += 2) {
                    if (a[i] == null) return null;
                    JsonPath p = plainPath(s, a[i], i);
                    doc = put(doc, p.legs(), 0, JsonSite.value(a[i + 1]), mode);
                }
                return doc;
            }));
        }
        b.add("json_remove", 2, VARIADIC, true, ResultTypeRule.JSON, () -> new JsonSite("json_remove", (a, c, s) -> {
            if (Text.anyNull(a)) return null;
            JsonValue doc = s.doc(a[0], 1);
            for (int i = 1; i < a.length; i++) {
                JsonPath p = plainPath(s, a[i], i);
                if (p.legs().isEmpty()) throw new SqlException(ErrorCode.ER_JSON_VACUOUS_PATH);
                doc = remove(doc, p.legs(), 0);
            }
            return doc;
        }));
        b.add("json_array_append", 3, VARIADIC, true, ResultTypeRule.JSON,
                () -> new JsonSite("json_array_append", (a, c, s) -> {
                    if (a.length % 2 == 0) {
                        throw new SqlException(ErrorCode.ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT, "json_array_append");
                    }
                    if (a[0] == null) return null;
                    JsonValue doc = s.doc(a[0], 1);
                    for (int i = 1; i < a.length; i += 2) {
                        if (a[i] == null) return null;
                        JsonPath p = plainPath(s, a[i], i);
                        List<JsonValue> found = p.find(doc);
                        if (found.isEmpty()) continue;
                        JsonValue target = found.get(0);
                        List<JsonValue> elements = new ArrayList<>(
                                target instanceof JsonArray arr ? arr.elements() : List.of(target));
                        elements.add(JsonSite.value(a[i + 1]));
                        doc = put(doc, p.legs(), 0, JsonValue.array(elements), Mode.REPLACE);
                    }
                    return doc;
                }));
        b.add("json_array_insert", 3, VARIADIC, true, ResultTypeRule.JSON,
                () -> new JsonSite("json_array_insert", (a, c, s) -> {
                    if (a.length % 2 == 0) {
                        throw new SqlException(ErrorCode.ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT, "json_array_insert");
                    }
                    if (a[0] == null) return null;
                    JsonValue doc = s.doc(a[0], 1);
                    for (int i = 1; i < a.length; i += 2) {
                        if (a[i] == null) return null;
                        JsonPath p = plainPath(s, a[i], i);
                        List<JsonPath.Leg> legs = p.legs();
                        if (legs.isEmpty() || !(legs.get(legs.size() - 1) instanceof JsonPath.Cell cell)) {
                            throw new SqlException(ErrorCode.ER_INVALID_JSON_PATH_ARRAY_CELL);
                        }
                        JsonPath parent = new JsonPath(legs.subList(0, legs.size() - 1));
                        List<JsonValue> found = parent.find(doc);
                        if (found.isEmpty() || !(found.get(0) instanceof JsonArray arr)) continue;
                        List<JsonValue> elements = new ArrayList<>(arr.elements());
                        long idx = Math.max(0, Math.min(elements.size(), JsonPath.resolve(cell, elements.size())));
                        elements.add((int) idx, JsonSite.value(a[i + 1]));
                        doc = parent.legs().isEmpty() ? JsonValue.array(elements)
                                : put(doc, parent.legs(), 0, JsonValue.array(elements), Mode.REPLACE);
                    }
                    return doc;
                }));
        b.add("json_merge_preserve", 2, VARIADIC, true, ResultTypeRule.JSON,
                () -> new JsonSite("json_merge_preserve", JsonModify::mergePreserve));
        b.add("json_merge", 2, VARIADIC, true, ResultTypeRule.JSON,
                () -> new JsonSite("json_merge", JsonModify::mergePreserve));
        b.add("json_merge_patch", 2, VARIADIC, true, ResultTypeRule.JSON,
                () -> new JsonSite("json_merge_patch", (a, c, s) -> {
                    JsonValue result = null;
                    for (int i = 0; i < a.length; i++) {
                        JsonValue v = a[i] == null ? null : s.doc(a[i], i + 1);
                        if (i == 0) {
                            result = v;
                        } else if (v == null) {
                            result = null;
                        } else {
                            // A NULL document only survives when a later patch replaces it outright.
                            result = v instanceof JsonObject ? (result == null ? null : patch(result, v)) : v;
                        }
                    }
                    return result;
                }));
    }

    private static JsonPath plainPath(JsonSite s, Object text, int index) {
        JsonPath p = s.path(text, index);
        if (p.hasWildcard()) throw new SqlException(ErrorCode.ER_INVALID_JSON_PATH_WILDCARD);
        return p;
    }

    /** The document with the value at {@code legs[from..]} set according to {@code mode}. */
    static JsonValue put(JsonValue node, List<JsonPath.Leg> legs, int from, JsonValue value, Mode mode) {
        if (from == legs.size()) return mode == Mode.INSERT ? node : value;
        JsonPath.Leg leg = legs.get(from);
        boolean last = from == legs.size() - 1;
        if (leg instanceof JsonPath.Member m) {
            if (!(node instanceof JsonObject o)) return node;
            JsonValue child = o.members().get(m.name());
            Map<String, JsonValue> members = new LinkedHashMap<>(o.members());
            if (child == null) {
                if (!last || mode == Mode.REPLACE) return node;
                members.put(m.name(), value);
            } else {
                members.put(m.name(), put(child, legs, from + 1, value, mode));
            }
            return JsonValue.object(members);
        }
        JsonPath.Cell cell = (JsonPath.Cell) leg;
        if (!(node instanceof JsonArray arr)) {
            // A scalar or object is an array of one element here: [0] is the value itself, others append.
            long idx = JsonPath.resolve(cell, 1);
            if (idx == 0) return put(node, legs, from + 1, value, mode);
            if (!last || mode == Mode.REPLACE) return node;
            return JsonValue.array(List.of(node, value));
        }
        List<JsonValue> elements = new ArrayList<>(arr.elements());
        long idx = JsonPath.resolve(cell, elements.size());
        if (idx >= 0 && idx < elements.size()) {
            elements.set((int) idx, put(elements.get((int) idx), legs, from + 1, value, mode));
            return JsonValue.array(elements);
        }
        if (!last || mode == Mode.REPLACE || idx < 0) return node;
        elements.add(value);
        return JsonValue.array(elements);
    }

    static JsonValue remove(JsonValue node, List<JsonPath.Leg> legs, int from) {
        JsonPath.Leg leg = legs.get(from);
        boolean last = from == legs.size() - 1;
        if (leg instanceof JsonPath.Member m) {
            if (!(node instanceof JsonObject o) || !o.members().containsKey(m.name())) return node;
            Map<String, JsonValue> members = new LinkedHashMap<>(o.members());
            if (last) members.remove(m.name());
            else members.put(m.name(), remove(o.members().get(m.name()), legs, from + 1));
            return JsonValue.object(members);
        }
        if (!(node instanceof JsonArray arr)) return node;
        List<JsonValue> elements = new ArrayList<>(arr.elements());
        long idx = JsonPath.resolve((JsonPath.Cell) leg, elements.size());
        if (idx < 0 || idx >= elements.size()) return node;
        if (last) elements.remove((int) idx);
        else elements.set((int) idx, remove(elements.get((int) idx), legs, from + 1));
        return JsonValue.array(elements);
    }

    private static Object mergePreserve(Object[] a, FunctionContext c, JsonSite s) {
        if (Text.anyNull(a)) return null;
        JsonValue result = s.doc(a[0], 1);
        for (int i = 1; i < a.length; i++) result = preserve(result, s.doc(a[i], i + 1));
        return result;
    }

    /** JSON_MERGE_PRESERVE of two values: arrays concatenate, objects merge, anything else becomes an array. */
    static JsonValue preserve(JsonValue x, JsonValue y) {
        if (x instanceof JsonObject a && y instanceof JsonObject b) {
            Map<String, JsonValue> members = new LinkedHashMap<>(a.members());
            for (var e : b.members().entrySet()) {
                members.merge(e.getKey(), e.getValue(), JsonModify::preserve);
            }
            return JsonValue.object(members);
        }
        List<JsonValue> elements = new ArrayList<>(x instanceof JsonArray a ? a.elements() : List.of(x));
        elements.addAll(y instanceof JsonArray b ? b.elements() : List.of(y));
        return JsonValue.array(elements);
    }

    /** RFC 7396 merge patch. */
    static JsonValue patch(JsonValue target, JsonValue patch) {
        if (!(patch instanceof JsonObject p)) return patch;
        Map<String, JsonValue> members = new LinkedHashMap<>(
                target instanceof JsonObject t ? t.members() : Map.of());
        for (var e : p.members().entrySet()) {
            if (e.getValue() instanceof JsonNull) {
                members.remove(e.getKey());
            } else {
                JsonValue existing = members.get(e.getKey());
                members.put(e.getKey(), patch(existing == null ? JsonValue.object(Map.of()) : existing, e.getValue()));
            }
        }
        return JsonValue.object(members);
    }
}
