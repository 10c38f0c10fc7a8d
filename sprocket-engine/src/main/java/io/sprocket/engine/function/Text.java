package io.sprocket.engine.function;

import java.nio.charset.StandardCharsets;

/**
 * Character-level helpers shared by the string functions. A binary argument is handled as a Latin-1 Java string
 * (one char per byte), so the same code-point logic counts bytes for binary strings and characters otherwise.
 */
final class Text {
    private Text() {}

    static final long MAX_ALLOWED_PACKET = 64L * 1024 * 1024;

    static boolean anyBinary(Object[] args) {
        for (Object a : args) if (a instanceof byte[]) return true;
        return false;
    }

    static boolean anyNull(Object[] args) {
        for (Object a : args) if (a == null) return true;
        return false;
    }

    /** The argument as characters: bytes as Latin-1 when the call is binary. */
    static String text(Object v, boolean binary) {
        if (!binary) return Coercion.str(v);
        return new String(Coercion.bytes(v), StandardCharsets.ISO_8859_1);
    }

    static Object out(String s, boolean binary) {
        return binary ? s.getBytes(StandardCharsets.ISO_8859_1) : s;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Code-point substring [from, from+count) clamped to the string. */
    static String sub(String s, int fromCp, long countCp) {
        int n = length(s);
        if (fromCp >= n || countCp <= 0) return "";
        int begin = s.offsetByCodePoints(0, fromCp);
        long endCp = countCp >= n - fromCp ? n : fromCp + countCp;
        int end = s.offsetByCodePoints(begin, (int) (endCp - fromCp));
        return s.substring(begin, end);
    }

    static int clampInt(long v) {
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : v < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) v;
    }

    /** Case- and accent-insensitive code point key approximating utf8mb4_0900_ai_ci for equality tests. */
    static int fold(int cp) {
        if (cp < 128) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        int base = stripAccent(cp);
        return Character.toLowerCase(Character.toUpperCase(base));
    }

    private static int stripAccent(int cp) {
        if (cp < 0xC0 || cp > 0x17F) return cp;
        String d = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD);
        return d.codePointAt(0);
    }

    static String foldString(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(fold(cp)));
        return sb.toString();
    }

    /** Comparison under the default collation (utf8mb4_0900_ai_ci), or by code point when binary. */
    static int compare(String a, String b, boolean binary) {
        if (binary) return a.compareTo(b);
        return io.sprocket.engine.type.CollationRegistry.defaultCollation().compare(a, b);
    }

    /** Comparison under {@code collation}, or by code point when an argument is binary. */
    static int compare(String a, String b, boolean binary, io.sprocket.engine.type.Collation collation) {
        if (binary) return a.compareTo(b);
        return collation.compare(a, b);
    }

    /** Whether characters must match exactly (binary strings, _bin and case-sensitive collations). */
    static boolean exact(boolean binary, io.sprocket.engine.type.Collation collation) {
        return binary || collation.isCaseSensitive();
    }

    /** Index (in chars) of {@code needle} in {@code hay} from char index {@code from}, folding when not binary. */
    static int indexOf(String hay, String needle, int from, boolean binary) {
        if (binary) return hay.indexOf(needle, from);
        if (needle.isEmpty()) return from <= hay.length() ? from : -1;
        String fh = foldString(hay);
        String fn = foldString(needle);
        // Folding keeps char positions for BMP letters; fall back to exact search when lengths changed.
        if (fh.length() != hay.length() || fn.length() != needle.length()) return hay.indexOf(needle, from);
        return fh.indexOf(fn, from);
    }
}
