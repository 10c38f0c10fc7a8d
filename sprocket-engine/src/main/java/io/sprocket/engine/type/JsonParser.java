package io.sprocket.engine.type;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) parser reporting errors with the texts and byte positions MySQL 8.0 shows in
 * ER_INVALID_JSON_TEXT (3140) and ER_INVALID_JSON_TEXT_IN_PARAM (3141).
 */
public final class JsonParser {
    /** Either a value (error null) or an error message and byte position. */
    public record Outcome(JsonValue value, String error, int position) {}

    static final int MAX_DEPTH = 100;

    private final String s;
    private int i;
    private String error;
    private int errorAt;

    private JsonParser(String s) { this.s = s; }

    public static Outcome parse(String text) {
        JsonParser p = new JsonParser(text);
        JsonValue v = p.document();
        if (p.error != null) {
            int bytePos = text.substring(0, Math.min(p.errorAt, text.length())).getBytes(StandardCharsets.UTF_8).length;
            return new Outcome(null, p.error, bytePos);
        }
        return new Outcome(v, null, 0);
    }

    private JsonValue fail(String message, int at) {
        if (error == null) {
            error = message;
            errorAt = at;
        }
        return null;
    }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') i++;
            else break;
        }
    }

    private JsonValue document() {
        ws();
        if (i >= s.length()) return fail("The document is empty.", i);
        JsonValue v = value(0);
        if (error != null) return null;
        ws();
        if (i < s.length()) return fail("The document root must not be followed by other values.", i);
        return v;
    }

    private JsonValue value(int depth) {
        if (depth > MAX_DEPTH) return fail("The JSON document exceeds the maximum depth of 100.", i);
        if (i >= s.length()) return fail("Invalid value.", i);
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> {
                String str = string();
                yield str == null ? null : new JsonValue.JsonString(str);
            }
            case 't' -> literal("true", JsonValue.TRUE);
            case 'f' -> literal("false", JsonValue.FALSE);
            case 'n' -> literal("null", JsonValue.NULL);
            default -> number();
        };
    }

    private JsonValue literal(String word, JsonValue v) {
        i++;
        for (int k = 1; k < word.length(); k++) {
            if (i >= s.length() || s.charAt(i) != word.charAt(k)) return fail("Invalid value.", i);
            i++;
        }
        return v;
    }

    private JsonValue object(int depth) {
        i++;
        ws();
        Map<String, JsonValue> members = new HashMap<>();
        if (i < s.length() && s.charAt(i) == '}') {
            i++;
            return new JsonValue.JsonObject(members);
        }
        while (true) {
            if (i >= s.length() || s.charAt(i) != '"') return fail("Missing a name for object member.", i);
            String key = string();
            if (key == null) return null;
            ws();
            if (i >= s.length() || s.charAt(i) != ':') return fail("Missing a colon after a name of object member.", i);
            i++;
            ws();
            JsonValue v = value(depth + 1);
            if (v == null) return null;
            members.put(key, v); // MySQL 8.0 keeps the last of duplicate keys
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                ws();
            } else if (i < s.length() && s.charAt(i) == '}') {
                i++;
                return new JsonValue.JsonObject(members);
            } else {
                return fail("Missing a comma or '}' after an object member.", i);
            }
        }
    }

    private JsonValue array(int depth) {
        i++;
        ws();
        List<JsonValue> elements = new ArrayList<>();
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
            return new JsonValue.JsonArray(elements);
        }
        while (true) {
            JsonValue v = value(depth + 1);
            if (v == null) return null;
            elements.add(v);
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                ws();
            } else if (i < s.length() && s.charAt(i) == ']') {
                i++;
                return new JsonValue.JsonArray(elements);
            } else {
                return fail("Missing a comma or ']' after an array element.", i);
            }
        }
    }

    private String string() {
        i++; // opening quote
        StringBuilder sb = null;
        int start = i;
        while (true) {
            if (i >= s.length()) {
                fail("Missing a closing quotation mark in string.", i);
                return null;
            }
            char c = s.charAt(i);
            if (c == '"') {
                String out = sb == null ? s.substring(start, i) : sb.append(s, start, i).toString();
                i++;
                return out;
            }
            if (c == '\\') {
                if (sb == null) sb = new StringBuilder();
                sb.append(s, start, i);
                int escapeAt = i;
                i++;
                if (i >= s.length()) {
                    fail("Invalid escape character in string.", escapeAt);
                    return null;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        int cp = hex4();
                        if (cp < 0) return null;
                        if (Character.isHighSurrogate((char) cp)) {
                            if (i + 1 < s.length() && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
                                i += 2;
                                int low = hex4();
                                if (low < 0) return null;
                                if (!Character.isLowSurrogate((char) low)) {
                                    fail("The surrogate pair in string is invalid.", i - 6);
                                    return null;
                                }
                                sb.append((char) cp).append((char) low);
                            } else {
                                fail("The surrogate pair in string is invalid.", i);
                                return null;
                            }
                        } else {
                            sb.append((char) cp);
                        }
                    }
                    default -> {
                        fail("Invalid escape character in string.", escapeAt);
                        return null;
                    }
                }
                start = i;
                continue;
            }
            if (c < 0x20) {
                fail("Invalid encoding in string.", i);
                return null;
            }
            i++;
        }
    }

    private int hex4() {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            if (i >= s.length()) {
                fail("Incorrect hex digit after \\u escape in string.", i);
                return -1;
            }
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                fail("Incorrect hex digit after \\u escape in string.", i);
                return -1;
            }
            v = v * 16 + d;
            i++;
        }
        return v;
    }

    private JsonValue number() {
        int start = i;
        if (s.charAt(i) == '-') i++;
        if (i >= s.length() || !digit(s.charAt(i))) return fail("Invalid value.", i);
        if (s.charAt(i) == '0') {
            i++;
        } else {
            while (i < s.length() && digit(s.charAt(i))) i++;
        }
        boolean isDouble = false;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            if (i >= s.length() || !digit(s.charAt(i))) return fail("Miss fraction part in number.", i);
            while (i < s.length() && digit(s.charAt(i))) i++;
            isDouble = true;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            if (i >= s.length() || !digit(s.charAt(i))) return fail("Miss exponent in number.", i);
            while (i < s.length() && digit(s.charAt(i))) i++;
            isDouble = true;
        }
        String text = s.substring(start, i);
        if (!isDouble) {
            if (text.length() < 19) return new JsonValue.JsonNumber(Long.parseLong(text));
            BigInteger b = new BigInteger(text);
            if (b.bitLength() < 64) return new JsonValue.JsonNumber(b.longValue());
            if (b.signum() > 0 && b.compareTo(Values.UNSIGNED_MAX) <= 0) return new JsonValue.JsonNumber(b);
        }
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) return fail("Number too big to be stored in double.", start);
        return new JsonValue.JsonNumber(d);
    }

    private static boolean digit(char c) { return c >= '0' && c <= '9'; }
}
