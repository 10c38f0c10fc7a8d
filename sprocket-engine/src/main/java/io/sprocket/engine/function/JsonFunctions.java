package io.sprocket.engine.function;

import static io.sprocket.engine.function.FunctionDefinition.VARIADIC;
import static io.sprocket.engine.function.Text.anyNull;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.JsonValue;
import io.sprocket.engine.type.JsonValue.JsonArray;
import io.sprocket.engine.type.JsonValue.JsonNumber;
import io.sprocket.engine.type.JsonValue.JsonObject;
import io.sprocket.engine.type.JsonValue.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON constructors and readers. Results are {@link JsonValue}s (the engine's JSON representation). The
 * {@code ->} operator is json_extract(doc, path) and {@code ->>} is json_unquote(json_extract(doc, path));
 * {@code v MEMBER OF (doc)} is member_of(v, doc).
 */
final class JsonFunctions {
    private JsonFunctions() {}

    private static void add(FunctionRegistry.Builder b, String name, int min, int max, ResultTypeRule type,
                            JsonSite.Body body) {
        b.add(name, min, max, true, type, () -> new JsonSite(name, body));
    }

    static void register(FunctionRegistry.Builder b) {
        add(b, "json_object", 0, VARIADIC, ResultTypeRule.JSON, JsonFunctions::object);
        add(b, "json_array", 0, VARIADIC, ResultTypeRule.JSON, (a, c, s) -> {
            List<JsonValue> out = new ArrayList<>(a.length);
            for (Object v : a) out.add(JsonSite.value(v));
            return JsonValue.array(out);
        });
        add(b, "json_extract", 2, VARIADIC, ResultTypeRule.JSON, JsonFunctions::extract);
        add(b, "json_unquote", 1, 1, ResultTypeRule.LONG_STRING, (a, c, s) -> unquote(a[0]));
        add(b, "json_quote", 1, 1, ResultTypeRule.STRING, (a, c, s) -> {
            if (a[0] == null) return null;
            if (!(a[0] instanceof String || a[0] instanceof byte[])) {
                throw new SqlException(ErrorCode.ER_INVALID_TYPE_FOR_JSON, 1, "json_quote");
            }
            return new JsonString(Coercion.str(a[0])).toString();
        });
        add(b, "json_contains", 2, 3, ResultTypeRule.BOOLEAN, (a, c, s) -> {
            if (anyNull(a)) return null;
            JsonValue target = s.doc(a[0], 1);
            JsonValue candidate = s.doc(a[1], 2);
            if (a.length == 3) {
                JsonPath p = s.path(a[2], 2);
                if (p.hasWildcard()) throw new SqlException(ErrorCode.ER_INVALID_JSON_PATH_WILDCARD);
                List<JsonValue> found = p.find(target);
                if (found.isEmpty()) return null;
                target = found.get(0);
            }
            return contains(target, candidate) ? 1L : 0L;
        });
        add(b, "json_contains_path", 3, VARIADIC, ResultTypeRule.BOOLEAN, (a, c, s) -> {
            if (anyNull(a)) return null;
            JsonValue doc = s.doc(a[0], 1);
            String mode = Coercion.str(a[1]).toLowerCase(java.util.Locale.ROOT);
            if (!mode.equals("one") && !mode.equals("all")) {
                throw new SqlException(ErrorCode.ER_JSON_BAD_ONE_OR_ALL_ARG, "json_contains_path");
            }
            boolean all = mode.equals("all");
            for (int i = 2; i < a.length; i++) {
                boolean found = !s.path(a[i], i).find(doc).isEmpty();
                if (found && !all) return 1L;
                if (!found && all) return 0L;
            }
            return all ? 1L : 0L;
        });
        add(b, "json_keys", 1, 2, ResultTypeRule.JSON, (a, c, s) -> {
            JsonValue v = target(a, c, s);
            if (!(v instanceof JsonObject o)) return null;
            List<JsonValue> keys = new ArrayList<>();
            for (String k : o.members().keySet()) keys.add(new JsonString(k));
            return JsonValue.array(keys);
        });
        add(b, "json_length", 1, 2, ResultTypeRule.INTEGER, (a, c, s) -> {
            JsonValue v = target(a, c, s);
            if (v == null) return null;
            return switch (v) {
                case JsonArray arr -> (long) arr.elements().size();
                case JsonObject o -> (long) o.members().size();
                default -> 1L;
            };
        });
        add(b, "json_depth", 1, 1, ResultTypeRule.INTEGER, (a, c, s) -> a[0] == null ? null : (long) depth(s.doc(a[0], 1)));
        add(b, "json_type", 1, 1, ResultTypeRule.STRING, (a, c, s) -> a[0] == null ? null : s.doc(a[0], 1).typeName());
        add(b, "json_valid", 1, 1, ResultTypeRule.BOOLEAN, (a, c, s) -> switch (a[0]) {
            case null -> null;
            case JsonValue j -> 1L;
            case String str -> JsonValue.isValid(str) ? 1L : 0L;
            case byte[] bytes -> JsonValue.isValid(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)) ? 1L : 0L;
            default -> 0L;
        });
        add(b, "json_pretty", 1, 1, ResultTypeRule.LONG_STRING, (a, c, s) -> {
            if (a[0] == null) return null;
            StringBuilder sb = new StringBuilder();
            pretty(sb, s.doc(a[0], 1), 0);
            return sb.toString();
        });
        add(b, "json_search", 3, VARIADIC, ResultTypeRule.JSON, JsonFunctions::search);
        add(b, "member_of", 2, 2, ResultTypeRule.BOOLEAN, (a, c, s) -> {
            if (anyNull(a)) return null;
            JsonValue needle = a[0] instanceof JsonValue j ? j : JsonSite.value(a[0]);
            JsonValue doc = s.doc(a[1], 2);
            List<JsonValue> elements = doc instanceof JsonArray arr ? arr.elements() : List.of(doc);
            for (JsonValue e : elements) if (equal(e, needle)) return 1L;
            return 0L;
        });
        add(b, "json_overlaps", 2, 2, ResultTypeRule.BOOLEAN, (a, c, s) -> {
            if (anyNull(a)) return null;
            return overlaps(s.doc(a[0], 1), s.doc(a[1], 2)) ? 1L : 0L;
        });
        JsonModify.register(b);
        JsonAggregates.register(b);
    }

    private static JsonValue target(Object[] a, FunctionContext c, JsonSite s) {
        if (anyNull(a)) return null;
        JsonValue doc = s.doc(a[0], 1);
        if (a.length < 2) return doc;
        JsonPath p = s.path(a[1], 1);
        if (p.hasWildcard()) throw new SqlException(ErrorCode.ER_INVALID_JSON_PATH_WILDCARD);
        List<JsonValue> found = p.find(doc);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Object object(Object[] a, FunctionContext c, JsonSite s) {
        if (a.length % 2 != 0) throw new SqlException(ErrorCode.ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT, "json_object");
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < a.length; i += 2) {
            if (a[i] == null) throw new SqlException(ErrorCode.ER_JSON_DOCUMENT_NULL_KEY);
            members.put(Coercion.str(a[i]), JsonSite.value(a[i + 1])); // 8.0.3+: the last duplicate key wins
        }
        return JsonValue.object(members);
    }

    private static Object extract(Object[] a, FunctionContext c, JsonSite s) {
        if (anyNull(a)) return null;
        JsonValue doc = s.doc(a[0], 1);
        List<JsonValue> all = new ArrayList<>();
        boolean wrap = a.length > 2;
        for (int i = 1; i < a.length; i++) {
            JsonPath p = s.path(a[i], i);
            if (p.hasWildcard()) wrap = true;
            all.addAll(p.find(doc));
        }
        if (all.isEmpty()) return null;
        return wrap ? JsonValue.array(all) : all.get(0);
    }

    static Object unquote(Object v) {
        return switch (v) {
            case null -> null;
            case JsonString s -> s.value();
            case JsonValue j -> j.toString();
            default -> {
                String s = Coercion.str(v);
                if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                    JsonValue parsed = JsonValue.parseArgument(s, 1, "json_unquote");
                    yield parsed instanceof JsonString js ? js.value() : s;
                }
                yield s;
            }
        };
    }

    static int depth(JsonValue v) {
        int max = 0;
        if (v instanceof JsonArray a) for (JsonValue e : a.elements()) max = Math.max(max, depth(e));
        if (v instanceof JsonObject o) for (JsonValue e : o.members().values()) max = Math.max(max, depth(e));
        return 1 + max;
    }

    /** JSON equality: numbers by value whatever their Java type, objects by members, arrays in order. */
    static boolean equal(JsonValue x, JsonValue y) {
        if (x instanceof JsonNumber a && y instanceof JsonNumber b) {
            return decimal(a.value()).compareTo(decimal(b.value())) == 0;
        }
        if (x instanceof JsonArray a && y instanceof JsonArray b) {
            if (a.elements().size() != b.elements().size()) return false;
            for (int i = 0; i < a.elements().size(); i++) {
                if (!equal(a.elements().get(i), b.elements().get(i))) return false;
            }
            return true;
        }
        if (x instanceof JsonObject a && y instanceof JsonObject b) {
            if (!a.members().keySet().equals(b.members().keySet())) return false;
            for (var e : a.members().entrySet()) if (!equal(e.getValue(), b.members().get(e.getKey()))) return false;
            return true;
        }
        return x.equals(y);
    }

    private static BigDecimal decimal(Number n) {
        return switch (n) {
            case BigDecimal d -> d;
            case Long l -> BigDecimal.valueOf(l);
            case java.math.BigInteger b -> new BigDecimal(b);
            default -> Double.isFinite(n.doubleValue()) ? new BigDecimal(n.doubleValue()) : BigDecimal.ZERO;
        };
    }

    /** JSON_CONTAINS semantics. */
    static boolean contains(JsonValue target, JsonValue candidate) {
        if (target instanceof JsonArray t) {
            if (candidate instanceof JsonArray c) {
                for (JsonValue e : c.elements()) if (!contains(target, e)) return false;
                return true;
            }
            for (JsonValue e : t.elements()) if (contains(e, candidate)) return true;
            return false;
        }
        if (target instanceof JsonObject t) {
            if (!(candidate instanceof JsonObject c)) return false;
            for (var e : c.members().entrySet()) {
                JsonValue v = t.members().get(e.getKey());
                if (v == null || !contains(v, e.getValue())) return false;
            }
            return true;
        }
        return equal(target, candidate);
    }

    static boolean overlaps(JsonValue a, JsonValue b) {
        if (a instanceof JsonArray x) {
            List<JsonValue> other = b instanceof JsonArray y ? y.elements() : List.of(b);
            for (JsonValue e : x.elements()) for (JsonValue f : other) if (equal(e, f)) return true;
            return false;
        }
        if (b instanceof JsonArray) return overlaps(b, a);
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            for (var e : x.members().entrySet()) {
                JsonValue v = y.members().get(e.getKey());
                if (v != null && equal(v, e.getValue())) return true;
            }
            return false;
        }
        return equal(a, b);
    }

    /** MySQL's JSON_PRETTY layout: two-space indent, one member or element per line. */
    static void pretty(StringBuilder sb, JsonValue v, int indent) {
        switch (v) {
            case JsonObject o when !o.members().isEmpty() -> {
                sb.append("{\n");
                int i = 0;
                for (var e : o.members().entrySet()) {
                    sb.append("  ".repeat(indent + 1)).append(new JsonString(e.getKey())).append(": ");
                    pretty(sb, e.getValue(), indent + 1);
                    sb.append(++i < o.members().size() ? ",\n" : "\n");
                }
                sb.append("  ".repeat(indent)).append('}');
            }
            case JsonArray a when !a.elements().isEmpty() -> {
                sb.append("[\n");
                for (int i = 0; i < a.elements().size(); i++) {
                    sb.append("  ".repeat(indent + 1));
                    pretty(sb, a.elements().get(i), indent + 1);
                    sb.append(i + 1 < a.elements().size() ? ",\n" : "\n");
                }
                sb.append("  ".repeat(indent)).append(']');
            }
            default -> sb.append(v);
        }
    }

    private static Object search(Object[] a, FunctionContext c, JsonSite s) {
        if (a[0] == null || a[1] == null || a[2] == null) return null;
        JsonValue doc = s.doc(a[0], 1);
        String mode = Coercion.str(a[1]).toLowerCase(java.util.Locale.ROOT);
        if (!mode.equals("one") && !mode.equals("all")) {
            throw new SqlException(ErrorCode.ER_JSON_BAD_ONE_OR_ALL_ARG, "json_search");
        }
        int escape = '\\';
        if (a.length > 3 && a[3] != null) {
            String e = Coercion.str(a[3]);
            escape = e.isEmpty() ? '\\' : e.codePointAt(0);
        }
        LikeMatcher matcher = LikeMatcher.compile(Coercion.str(a[2]), escape, false);
        List<String> found = new ArrayList<>();
        walk(doc, new ArrayList<>(), matcher, found, mode.equals("one"));
        if (a.length > 4) {
            // Keep only matches under one of the given paths.
            List<String> filtered = new ArrayList<>();
            for (int i = 4; i < a.length; i++) {
                if (a[i] == null) return null;
                String prefix = Coercion.str(a[i]).trim();
                s.path(a[i], i);
                for (String f : found) if (f.startsWith(prefix) && !filtered.contains(f)) filtered.add(f);
            }
            found = filtered;
        }
        if (found.isEmpty()) return null;
        if (found.size() == 1 || mode.equals("one")) return new JsonString(found.get(0));
        List<JsonValue> paths = new ArrayList<>();
        for (String f : found) paths.add(new JsonString(f));
        return JsonValue.array(paths);
    }

    private static void walk(JsonValue v, List<Object> at, LikeMatcher matcher, List<String> out, boolean one) {
        if (one && !out.isEmpty()) return;
        switch (v) {
            case JsonString str -> {
                if (matcher.matches(str.value())) out.add(JsonPath.text(at));
            }
            case JsonArray arr -> {
                for (int i = 0; i < arr.elements().size(); i++) {
                    at.add(i);
                    walk(arr.elements().get(i), at, matcher, out, one);
                    at.remove(at.size() - 1);
                }
            }
            case JsonObject o -> {
                for (var e : o.members().entrySet()) {
                    at.add(e.getKey());
                    walk(e.getValue(), at, matcher, out, one);
                    at.remove(at.size() - 1);
                }
            }
            default -> { }
        }
    }
}
