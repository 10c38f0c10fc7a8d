package io.sprocket.conformance.format;

import java.util.HexFormat;

/**
 * How one value is written in a file: NULL, {@code (empty)} for the empty string, backslash escapes for tab,
 * newline, carriage return and backslash (so a row stays one tab-separated line), and 0x-hex for binary.
 */
public final class ValueText {
    private ValueText() {}

    public static final String NULL = "NULL";
    public static final String EMPTY = "(empty)";

    public static String text(String value) {
        if (value == null) return NULL;
        if (value.isEmpty()) return EMPTY;
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    public static String binary(byte[] value) {
        if (value == null) return NULL;
        if (value.length == 0) return EMPTY;
        return "0x" + HexFormat.of().withUpperCase().formatHex(value);
    }
}
