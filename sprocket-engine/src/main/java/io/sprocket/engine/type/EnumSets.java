package io.sprocket.engine.type;

import java.util.List;

/**
 * ENUM and SET value helpers. Values are Strings in the engine; the row codec stores an ENUM as its 1-based
 * index (0 = the '' error value) and a SET as a bitmask (bit i = element i). Matching uses the column collation
 * and ignores trailing spaces, as MySQL strips them from member definitions.
 */
public final class EnumSets {
    private EnumSets() {}

    /** 1-based index of {@code value} among {@code elements}, or 0 when it is not a member. */
    public static int enumIndex(SqlType type, String value) {
        List<String> elements = type.elements();
        Collation c = type.collation();
        String v = stripTrailingSpaces(value);
        for (int i = 0; i < elements.size(); i++) {
            if (c.equals(elements.get(i), v)) return i + 1;
        }
        return 0;
    }

    /**
     * An ENUM or SET column value in numeric context ({@code e + 0}): the ENUM's 1-based index or the SET's
     * bitmask; null for NULL.
     */
    public static Long numericValue(SqlType type, String value) {
        if (value == null) return null;
        if (type.kind() == TypeKind.SET) {
            long m = setMask(type, value);
            return m < 0 ? validSetMask(type, value) : m;
        }
        return (long) enumIndex(type, value);
    }

    /** The member at a 1-based index; index 0 is the empty string (MySQL's error value). Null when out of range. */
    public static String enumValue(SqlType type, long index) {
        if (index == 0) return "";
        if (index < 0 || index > type.elements().size()) return null;
        return type.elements().get((int) index - 1);
    }

    /**
     * The bitmask of a comma-separated SET value, or -1 when some part is not a member. Duplicates are allowed.
     */
    public static long setMask(SqlType type, String value) {
        if (value.isEmpty()) return 0;
        List<String> elements = type.elements();
        Collation c = type.collation();
        long mask = 0;
        int start = 0;
        while (start <= value.length()) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 ? value.length() : comma;
            String part = stripTrailingSpaces(value.substring(start, end));
            int found = -1;
            for (int i = 0; i < elements.size(); i++) {
                if (c.equals(elements.get(i), part)) { found = i; break; }
            }
            if (found < 0) {
                if (!part.isEmpty() || comma < 0 && start > 0) return -1;
            } else {
                mask |= 1L << found;
            }
            if (comma < 0) break;
            start = comma + 1;
        }
        return mask;
    }

    /** The bitmask of the members of a comma-separated SET value, ignoring parts that are not members. */
    public static long validSetMask(SqlType type, String value) {
        List<String> elements = type.elements();
        Collation c = type.collation();
        long mask = 0;
        for (String part : value.split(",", -1)) {
            String p = stripTrailingSpaces(part);
            for (int i = 0; i < elements.size(); i++) {
                if (c.equals(elements.get(i), p)) { mask |= 1L << i; break; }
            }
        }
        return mask;
    }

    /** The canonical SET text of a bitmask: members in declaration order joined by commas. */
    public static String setValue(SqlType type, long mask) {
        StringBuilder sb = new StringBuilder();
        List<String> elements = type.elements();
        for (int i = 0; i < elements.size() && i < 64; i++) {
            if ((mask & (1L << i)) != 0) {
                if (!sb.isEmpty()) sb.append(',');
                sb.append(elements.get(i));
            }
        }
        return sb.toString();
    }

    /** Canonicalises a SET string (declaration order, no duplicates, declared spelling); null if invalid. */
    public static String canonicalSet(SqlType type, String value) {
        long mask = setMask(type, value);
        return mask < 0 ? null : setValue(type, mask);
    }

    /** Canonicalises an ENUM string to the declared spelling; null if not a member. */
    public static String canonicalEnum(SqlType type, String value) {
        int i = enumIndex(type, value);
        return i == 0 ? null : type.elements().get(i - 1);
    }

    static long maxEnumLength(List<String> elements) {
        long max = 0;
        for (String e : elements) max = Math.max(max, e.codePointCount(0, e.length()));
        return max;
    }

    static long maxSetLength(List<String> elements) {
        long total = 0;
        for (String e : elements) total += e.codePointCount(0, e.length());
        return total + Math.max(0, elements.size() - 1);
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return end == s.length() ? s : s.substring(0, end);
    }
}
