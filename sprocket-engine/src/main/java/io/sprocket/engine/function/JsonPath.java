package io.sprocket.engine.function;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.JsonValue;
import io.sprocket.engine.type.JsonValue.JsonArray;
import io.sprocket.engine.type.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed MySQL JSON path ({@code $.a[2].*}, {@code $**.b}, {@code $[last-1]}, {@code $[1 to 3]}) and its
 * evaluation. Syntax errors are ER_INVALID_JSON_PATH (3143) with the character position.
 */
record JsonPath(List<Leg> legs) {
    sealed interface Leg permits Member, AnyMember, Cell, AnyCell, Range, AnyDepth {}

    record Member(String name) implements Leg {}

    record AnyMember() implements Leg {}

    /** {@code [n]} or {@code [last - n]} when {@code fromEnd}. */
    record Cell(long index, boolean fromEnd) implements Leg {}

    record AnyCell() implements Leg {}

    record Range(Cell from, Cell to) implements Leg {}

    record AnyDepth() implements Leg {}

    JsonPath {
        legs = List.copyOf(legs);
    }

    boolean hasWildcard() {
        for (Leg l : legs) {
            if (l instanceof AnyMember || l instanceof AnyCell || l instanceof AnyDepth || l instanceof Range) return true;
        }
        return false;
    }

    static JsonPath parse(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) i++;
        if (i >= n || text.charAt(i) != '$') throw error(i);
        i++;
        List<Leg> legs = new ArrayList<>();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= n) break;
            char ch = text.charAt(i);
            if (ch == '.') {
                i++;
                while (i < n && Character.isWhitespace(text.charAt(i))) i++;
                if (i >= n) throw error(i);
                if (text.charAt(i) == '*') {
                    legs.add(new AnyMember());
                    i++;
                } else if (text.charAt(i) == '"') {
                    StringBuilder sb = new StringBuilder();
                    i++;
                    while (i < n && text.charAt(i) != '"') {
                        if (text.charAt(i) == '\\' && i + 1 < n) i++;
                        sb.append(text.charAt(i++));
                    }
                    if (i >= n) throw error(i);
                    i++;
                    legs.add(new Member(sb.toString()));
                } else {
                    int start = i;
                    while (i < n && isIdentifierChar(text.charAt(i), i == start)) i++;
                    if (i == start) throw error(i);
                    legs.add(new Member(text.substring(start, i)));
                }
            } else if (ch == '[') {
                i++;
                int[] pos = {i};
                skipSpaces(text, pos);
                if (pos[0] < n && text.charAt(pos[0]) == '*') {
                    pos[0]++;
                    skipSpaces(text, pos);
                    if (pos[0] >= n || text.charAt(pos[0]) != ']') throw error(pos[0]);
                    legs.add(new AnyCell());
                    i = pos[0] + 1;
                    continue;
                }
                Cell from = cell(text, pos);
                skipSpaces(text, pos);
                Leg leg = from;
                if (text.startsWith("to", pos[0])) {
                    pos[0] += 2;
                    Cell to = cell(text, pos);
                    skipSpaces(text, pos);
                    leg = new Range(from, to);
                }
                if (pos[0] >= n || text.charAt(pos[0]) != ']') throw error(pos[0]);
                legs.add(leg);
                i = pos[0] + 1;
            } else if (ch == '*' && i + 1 < n && text.charAt(i + 1) == '*') {
                i += 2;
                if (i >= n) throw error(i); // ** may not end a path
                legs.add(new AnyDepth());
            } else {
                throw error(i);
            }
        }
        return new JsonPath(legs);
    }

    private static void skipSpaces(String text, int[] pos) {
        while (pos[0] < text.length() && Character.isWhitespace(text.charAt(pos[0]))) pos[0]++;
    }

    private static Cell cell(String text, int[] pos) {
        skipSpaces(text, pos);
        boolean fromEnd = false;
        long offset = 0;
        if (text.startsWith("last", pos[0])) {
            fromEnd = true;
            pos[0] += 4;
            skipSpaces(text, pos);
            if (pos[0] < text.length() && text.charAt(pos[0]) == '-') {
                pos[0]++;
                skipSpaces(text, pos);
                offset = digits(text, pos);
            }
        } else {
            offset = digits(text, pos);
        }
        return new Cell(offset, fromEnd);
    }

    private static long digits(String text, int[] pos) {
        int start = pos[0];
        while (pos[0] < text.length() && Character.isDigit(text.charAt(pos[0]))) pos[0]++;
        if (pos[0] == start || pos[0] - start > 10) throw error(pos[0]);
        return Long.parseLong(text.substring(start, pos[0]));
    }

    private static boolean isIdentifierChar(char c, boolean first) {
        return Character.isLetter(c) || c == '_' || c == '$' || (!first && Character.isDigit(c)) || c > 0x7F;
    }

    static SqlException error(int position) {
        return new SqlException(ErrorCode.ER_INVALID_JSON_PATH, position);
    }

    /** Resolves {@code [n]} / {@code [last-n]} against an array of {@code size} elements (-1 when before the start). */
    static long resolve(Cell c, int size) {
        return c.fromEnd ? size - 1 - c.index : c.index;
    }

    /** Every value the path selects, in document order (duplicates from ** removed by identity). */
    List<JsonValue> find(JsonValue root) {
        List<JsonValue> current = List.of(root);
        for (Leg leg : legs) {
            List<JsonValue> next = new ArrayList<>();
            for (JsonValue v : current) step(v, leg, next);
            current = next;
        }
        return current;
    }

    private static void step(JsonValue v, Leg leg, List<JsonValue> out) {
        switch (leg) {
            case Member m -> {
                if (v instanceof JsonObject o && o.members().containsKey(m.name())) out.add(o.members().get(m.name()));
            }
            case AnyMember a -> {
                if (v instanceof JsonObject o) out.addAll(o.members().values());
            }
            case Cell c -> {
                List<JsonValue> elements = v instanceof JsonArray arr ? arr.elements() : List.of(v); // auto-wrap
                long idx = resolve(c, elements.size());
                if (idx >= 0 && idx < elements.size()) out.add(elements.get((int) idx));
            }
            case AnyCell a -> {
                if (v instanceof JsonArray arr) out.addAll(arr.elements());
            }
            case Range r -> {
                List<JsonValue> elements = v instanceof JsonArray arr ? arr.elements() : List.of(v);
                long from = Math.max(0, resolve(r.from(), elements.size()));
                long to = Math.min(elements.size() - 1, resolve(r.to(), elements.size()));
                for (long i = from; i <= to; i++) out.add(elements.get((int) i));
            }
            case AnyDepth d -> descendants(v, out);
        }
    }

    /** The value itself and everything below it (the ** leg). */
    private static void descendants(JsonValue v, List<JsonValue> out) {
        out.add(v);
        if (v instanceof JsonObject o) for (JsonValue c : o.members().values()) descendants(c, out);
        if (v instanceof JsonArray a) for (JsonValue c : a.elements()) descendants(c, out);
    }

    /** The path in MySQL's canonical text, as JSON_SEARCH returns it. */
    static String text(List<Object> steps) {
        StringBuilder sb = new StringBuilder("$");
        for (Object s : steps) {
            if (s instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                String key = (String) s;
                boolean plain = !key.isEmpty() && isIdentifierChar(key.charAt(0), true);
                for (int i = 1; i < key.length() && plain; i++) plain = isIdentifierChar(key.charAt(i), false);
                sb.append('.');
                if (plain) sb.append(key);
                else sb.append(JsonValue.of(key));
            }
        }
        return sb.toString();
    }
}
