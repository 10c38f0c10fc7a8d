package io.sprocket.engine.type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Ordering of JSON values as MySQL compares them: values of different types order by type precedence
 * (BOOLEAN above ARRAY above OBJECT above STRING above numbers above NULL); numbers compare numerically, strings
 * by their utf8mb4 bytes, arrays element-wise, objects by key set then values.
 */
final class JsonCompare {
    private JsonCompare() {}

    private static int rank(JsonValue v) {
        return switch (v) {
            case JsonValue.JsonNull n -> 0;
            case JsonValue.JsonNumber n -> 1;
            case JsonValue.JsonString s -> 2;
            case JsonValue.JsonObject o -> 3;
            case JsonValue.JsonArray a -> 4;
            case JsonValue.JsonBoolean b -> 5;
        };
    }

    static int compare(JsonValue a, JsonValue b) {
        int ra = rank(a), rb = rank(b);
        if (ra != rb) return Integer.compare(ra, rb);
        return switch (a) {
            case JsonValue.JsonNull n -> 0;
            case JsonValue.JsonNumber n -> compareNumbers(n.value(), ((JsonValue.JsonNumber) b).value());
            case JsonValue.JsonString s -> CollationRegistry.UTF8MB4_BIN.compare(s.value(), ((JsonValue.JsonString) b).value());
            case JsonValue.JsonBoolean x -> Boolean.compare(x.value(), ((JsonValue.JsonBoolean) b).value());
            case JsonValue.JsonArray x -> compareLists(x.elements(), ((JsonValue.JsonArray) b).elements());
            case JsonValue.JsonObject x -> compareObjects(x.members(), ((JsonValue.JsonObject) b).members());
        };
    }

    private static int compareNumbers(Number x, Number y) {
        if (x instanceof Double || y instanceof Double) return Double.compare(x.doubleValue(), y.doubleValue());
        return toDecimal(x).compareTo(toDecimal(y));
    }

    private static BigDecimal toDecimal(Number n) {
        return switch (n) {
            case BigDecimal d -> d;
            case BigInteger b -> new BigDecimal(b);
            default -> BigDecimal.valueOf(n.longValue());
        };
    }

    private static int compareLists(List<JsonValue> x, List<JsonValue> y) {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = compare(x.get(i), y.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(x.size(), y.size());
    }

    private static int compareObjects(Map<String, JsonValue> x, Map<String, JsonValue> y) {
        if (x.size() != y.size()) return Integer.compare(x.size(), y.size());
        Iterator<Map.Entry<String, JsonValue>> i = x.entrySet().iterator(), j = y.entrySet().iterator();
        while (i.hasNext()) {
            Map.Entry<String, JsonValue> e = i.next(), f = j.next();
            int c = JsonValue.KEY_ORDER.compare(e.getKey(), f.getKey());
            if (c != 0) return c;
            c = compare(e.getValue(), f.getValue());
            if (c != 0) return c;
        }
        return 0;
    }
}
