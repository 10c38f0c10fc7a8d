package io.sprocket.engine.type;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.FloatText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A JSON value as MySQL 8.0 holds it: objects keep one member per key (the last duplicate wins) in MySQL's
 * storage order (shorter keys first, then bytewise UTF-8), and print in MySQL's normalised form
 * {@code {"a": 1, "b": [1, 2]}}. Immutable.
 */
public sealed interface JsonValue {

    /** MySQL's key order: by UTF-8 length, then bytewise. */
    Comparator<String> KEY_ORDER = (a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8), y = b.getBytes(StandardCharsets.UTF_8);
        if (x.length != y.length) return Integer.compare(x.length, y.length);
        return java.util.Arrays.compareUnsigned(x, y);
    };

    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        public JsonObject {
            TreeMap<String, JsonValue> sorted = new TreeMap<>(KEY_ORDER);
            sorted.putAll(members);
            members = Collections.unmodifiableMap(sorted);
        }

        public JsonValue get(String key) { return members.get(key); }

        @Override
        public String toString() { return JsonText.write(this); }
    }

    record JsonArray(List<JsonValue> elements) implements JsonValue {
        public JsonArray { elements = List.copyOf(elements); }

        @Override
        public String toString() { return JsonText.write(this); }
    }

    record JsonString(String value) implements JsonValue {
        public JsonString { Objects.requireNonNull(value); }

        @Override
        public String toString() { return JsonText.write(this); }
    }

    /** A number: Long, BigInteger (unsigned above Long.MAX_VALUE), BigDecimal or Double. */
    record JsonNumber(Number value) implements JsonValue {
        public JsonNumber { Objects.requireNonNull(value); }

        @Override
        public String toString() { return JsonText.write(this); }
    }

    record JsonBoolean(boolean value) implements JsonValue {
        @Override
        public String toString() { return value ? "true" : "false"; }
    }

    record JsonNull() implements JsonValue {
        @Override
        public String toString() { return "null"; }
    }

    JsonNull NULL = new JsonNull();
    JsonBoolean TRUE = new JsonBoolean(true);
    JsonBoolean FALSE = new JsonBoolean(false);

    /** MySQL's JSON_TYPE name: OBJECT, ARRAY, STRING, INTEGER, UNSIGNED INTEGER, DOUBLE, DECIMAL, BOOLEAN, NULL. */
    default String typeName() {
        return switch (this) {
            case JsonObject o -> "OBJECT";
            case JsonArray a -> "ARRAY";
            case JsonString s -> "STRING";
            case JsonNumber n -> switch (n.value()) {
                case Long l -> "INTEGER";
                case BigInteger b -> "UNSIGNED INTEGER";
                case BigDecimal d -> "DECIMAL";
                default -> "DOUBLE";
            };
            case JsonBoolean b -> "BOOLEAN";
            case JsonNull n -> "NULL";
        };
    }

    /** Parses JSON text; on bad input throws ER_INVALID_JSON_TEXT 3140 naming the column (e.g. {@code t.j}). */
    static JsonValue parseForColumn(String text, String columnName) {
        JsonParser.Outcome r = JsonParser.parse(text);
        if (r.error() != null) {
            throw new SqlException(ErrorCode.ER_INVALID_JSON_TEXT, r.error(), r.position(), columnName);
        }
        return r.value();
    }

    /** Parses a function argument; on bad input throws ER_INVALID_JSON_TEXT_IN_PARAM 3141. */
    static JsonValue parseArgument(String text, int argumentNumber, String functionName) {
        JsonParser.Outcome r = JsonParser.parse(text);
        if (r.error() != null) {
            throw new SqlException(ErrorCode.ER_INVALID_JSON_TEXT_IN_PARAM, argumentNumber, functionName, r.error(),
                    r.position());
        }
        return r.value();
    }

    /** Whether {@code text} is valid JSON (JSON_VALID). */
    static boolean isValid(String text) { return JsonParser.parse(text).error() == null; }

    /** The parse error message and byte position, or null when valid. */
    static JsonParser.Outcome tryParse(String text) { return JsonParser.parse(text); }

    static JsonValue of(Object sqlValue) {
        return switch (sqlValue) {
            case null -> NULL;
            case JsonValue j -> j;
            case Long l -> new JsonNumber(l);
            case BigInteger b -> new JsonNumber(b);
            case BigDecimal d -> new JsonNumber(d);
            case Double d -> new JsonNumber(d);
            case String s -> new JsonString(s);
            default -> new JsonString(Values.toText(sqlValue));
        };
    }

    static JsonObject object(Map<String, JsonValue> members) { return new JsonObject(members); }

    static JsonArray array(List<JsonValue> elements) { return new JsonArray(elements); }

    /** Numeric context: numbers as is; other JSON values give 0 with a warning, as MySQL does. */
    default long toLongValue(Warnings w) {
        if (this instanceof JsonNumber n) return Values.toLongValue(normalizeNumber(n.value()), w);
        if (this instanceof JsonBoolean b) return b.value() ? 1 : 0;
        if (this instanceof JsonString s) return Values.stringToLong(s.value(), w);
        w.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "INTEGER", toString());
        return 0;
    }

    default double toDoubleValue(Warnings w) {
        if (this instanceof JsonNumber n) return n.value().doubleValue();
        if (this instanceof JsonBoolean b) return b.value() ? 1 : 0;
        if (this instanceof JsonString s) return Values.stringToDouble(s.value(), w);
        return 0;
    }

    private static Object normalizeNumber(Number n) {
        return n instanceof Integer i ? (Object) i.longValue() : n;
    }

    /** MySQL's JSON text writer. */
    final class JsonText {
        private JsonText() {}

        static String write(JsonValue v) {
            StringBuilder sb = new StringBuilder();
            write(sb, v);
            return sb.toString();
        }

        static void write(StringBuilder sb, JsonValue v) {
            switch (v) {
                case JsonObject o -> {
                    sb.append('{');
                    boolean first = true;
                    for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                        if (!first) sb.append(", ");
                        first = false;
                        quote(sb, e.getKey());
                        sb.append(": ");
                        write(sb, e.getValue());
                    }
                    sb.append('}');
                }
                case JsonArray a -> {
                    sb.append('[');
                    for (int i = 0; i < a.elements().size(); i++) {
                        if (i > 0) sb.append(", ");
                        write(sb, a.elements().get(i));
                    }
                    sb.append(']');
                }
                case JsonString s -> quote(sb, s.value());
                case JsonNumber n -> sb.append(number(n.value()));
                case JsonBoolean b -> sb.append(b.value());
                case JsonNull n -> sb.append("null");
            }
        }

        static String number(Number n) {
            return switch (n) {
                case Double d -> {
                    String s = FloatText.format(d, false);
                    // a JSON double always shows it is one: 100.0, not 100
                    yield s.indexOf('.') < 0 && s.indexOf('e') < 0 && !s.equals("inf") ? s + ".0" : s;
                }
                case BigDecimal d -> d.toPlainString();
                default -> n.toString();
            };
        }

        static void quote(StringBuilder sb, String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '\b' -> sb.append("\\b");
                    case '\f' -> sb.append("\\f");
                    default -> {
                        if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                        else sb.append(c);
                    }
                }
            }
            sb.append('"');
        }
    }

    /** Builds a JSON array from values (used by tests and JSON_ARRAY). */
    static JsonArray arrayOf(JsonValue... values) {
        return new JsonArray(new ArrayList<>(List.of(values)));
    }
}
