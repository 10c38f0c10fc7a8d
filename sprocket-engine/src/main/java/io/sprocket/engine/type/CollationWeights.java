package io.sprocket.engine.type;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Weight tables and the compare / sort-key algorithms behind {@link Collation}. Each compare method has an
 * allocation-free fast path and agrees exactly with the matching sort-key method.
 *
 * <p>PAD SPACE keys encode runs of spaces specially so that bytewise order matches "compare as if the shorter
 * string were padded with spaces" (MySQL's rule), including characters that sort below space such as TAB.
 */
final class CollationWeights {
    private CollationWeights() {}

    /** UCA (DUCET 9.0.0) order of the non-ignorable ASCII characters, lower-case letters standing for both cases. */
    private static final String ASCII_UCA_ORDER =
            "\t\n\u000B\f\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int UCA_NON_ASCII_BASE = 0x200;
    private static final int UCA_SPACE = ASCII_UCA_ORDER.indexOf(' ') + 1;

    // ---------------------------------------------------------------- code points (_bin, binary)

    static int compareCodePoints(String a, String b, boolean padSpace) {
        int i = 0, j = 0, la = a.length(), lb = b.length();
        while (i < la && j < lb) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return ca < cb ? -1 : 1;
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        if (i == la && j == lb) return 0;
        if (!padSpace) return i == la ? -1 : 1;
        return i == la ? -restVersusSpace(b, j, ' ', null) : restVersusSpace(a, i, ' ', null);
    }

    static byte[] sortKeyCodePoints(String s, boolean padSpace) {
        if (!padSpace) return s.getBytes(StandardCharsets.UTF_8); // UTF-8 byte order is code point order
        return padSpaceKey(codePoints(s, null), ' ');
    }

    // ---------------------------------------------------------------- _general_ci

    static int compareGeneral(String a, String b, boolean padSpace) {
        char[] table = GeneralTable.TABLE;
        int i = 0, j = 0, la = a.length(), lb = b.length();
        while (i < la && j < lb) {
            int wa = generalWeight(table, a, i), wb = generalWeight(table, b, j);
            if (wa != wb) return wa < wb ? -1 : 1;
            i += Character.isHighSurrogate(a.charAt(i)) && i + 1 < la ? 2 : 1;
            j += Character.isHighSurrogate(b.charAt(j)) && j + 1 < lb ? 2 : 1;
        }
        if (i == la && j == lb) return 0;
        if (!padSpace) return i == la ? -1 : 1;
        return i == la ? -restVersusSpace(b, j, ' ', table) : restVersusSpace(a, i, ' ', table);
    }

    static byte[] sortKeyGeneral(String s, boolean padSpace) {
        int[] w = codePoints(s, GeneralTable.TABLE);
        return padSpace ? padSpaceKey(w, ' ') : plainKey(w, w.length);
    }

    private static int generalWeight(char[] table, String s, int i) {
        char c = s.charAt(i);
        // MySQL's general_ci gives every supplementary character the weight of U+FFFD
        return Character.isSurrogate(c) ? 0xFFFD : table[c];
    }

    /** Sign of comparing the rest of {@code s} from {@code i} with an endless run of spaces. */
    private static int restVersusSpace(String s, int i, int space, char[] table) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int w = table == null ? cp : (cp > 0xFFFF ? 0xFFFD : table[cp]);
            if (w != space) return w < space ? -1 : 1;
            i += Character.charCount(cp);
        }
        return 0;
    }

    private static int[] codePoints(String s, char[] table) {
        int[] out = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            out[n++] = table == null ? cp : (cp > 0xFFFF ? 0xFFFD : table[cp]);
            i += Character.charCount(cp);
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    // ---------------------------------------------------------------- UCA approximations (_0900_, _unicode_ci)

    static int compareUca(String a, String b, boolean padSpace, boolean tertiary) {
        if (padSpace) {
            a = stripTrailingSpaces(a);
            b = stripTrailingSpaces(b);
        }
        if (!tertiary) {
            int r = comparePrimaryFast(a, b);
            if (r != Integer.MIN_VALUE) return r;
        } else if (a.equals(b)) {
            return 0;
        }
        return java.util.Arrays.compareUnsigned(sortKeyUca(a, false, tertiary), sortKeyUca(b, false, tertiary));
    }

    /** Primary comparison for strings whose characters all have one weight; MIN_VALUE when it cannot decide. */
    private static int comparePrimaryFast(String a, String b) {
        int[] table = UcaTable.PRIMARY;
        int la = a.length(), lb = b.length(), n = Math.min(la, lb);
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i), cb = b.charAt(i);
            if (ca == cb && ca < 0x80) continue;
            if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) return Integer.MIN_VALUE;
            int wa = table[ca], wb = table[cb];
            if (wa <= 0 || wb <= 0) return Integer.MIN_VALUE; // ignorable or expansion
            if (wa != wb) return wa < wb ? -1 : 1;
        }
        for (int i = n; i < la; i++) if (slowUcaChar(a.charAt(i))) return Integer.MIN_VALUE;
        for (int i = n; i < lb; i++) if (slowUcaChar(b.charAt(i))) return Integer.MIN_VALUE;
        return Integer.compare(la, lb);
    }

    private static boolean slowUcaChar(char c) {
        return Character.isSurrogate(c) || UcaTable.PRIMARY[c] <= 0;
    }

    static byte[] sortKeyUca(String s, boolean padSpace, boolean tertiary) {
        if (padSpace) s = stripTrailingSpaces(s);
        Key key = new Key(s.length() * (tertiary ? 8 : 3));
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendPrimary(key, cp);
        }
        if (tertiary) {
            String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
            key.weight(0);
            for (int i = 0; i < nfd.length(); ) {
                int cp = nfd.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < 0x10000 && UcaTable.PRIMARY[cp] == 0 && Character.getType(cp) != Character.NON_SPACING_MARK) continue;
                key.weight(Character.toLowerCase(cp) + 1);
            }
            key.weight(0);
            for (int i = 0; i < nfd.length(); ) {
                int cp = nfd.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < 0x10000 && UcaTable.PRIMARY[cp] == 0) continue;
                key.out.write(Character.isUpperCase(cp) ? 2 : 1);
            }
        }
        return key.out.toByteArray();
    }

    private static void appendPrimary(Key key, int cp) {
        if (cp > 0xFFFF) {
            key.weight(UCA_NON_ASCII_BASE + cp);
            return;
        }
        int w = UcaTable.PRIMARY[cp];
        if (w > 0) key.weight(w);
        else if (w < 0) for (int e : UcaTable.EXPANSIONS.get((char) cp)) key.weight(e);
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return end == s.length() ? s : s.substring(0, end);
    }

    // ---------------------------------------------------------------- key encodings

    private static final class Key {
        final ByteArrayOutputStream out;
        Key(int size) { out = new ByteArrayOutputStream(Math.max(size, 8)); }
        void weight(int w) {
            out.write(w >>> 16);
            out.write(w >>> 8);
            out.write(w);
        }
    }

    private static byte[] plainKey(int[] weights, int n) {
        Key key = new Key(n * 3);
        for (int i = 0; i < n; i++) key.weight(weights[i]);
        return key.out.toByteArray();
    }

    private static final int BELOW_SPACE = 0x10, RUN_THEN_BELOW = 0x20, END = 0x30, RUN_THEN_ABOVE = 0x40,
            ABOVE_SPACE = 0x50;

    /** See the class comment: a run of k spaces is tagged by whether the next weight sorts below or above space. */
    private static byte[] padSpaceKey(int[] w, int space) {
        int n = w.length;
        while (n > 0 && w[n - 1] == space) n--;
        Key key = new Key(n * 4 + 1);
        for (int i = 0; i < n; ) {
            if (w[i] == space) {
                int k = 0;
                while (w[i] == space) { k++; i++; }
                boolean below = w[i] < space;
                key.out.write(below ? RUN_THEN_BELOW : RUN_THEN_ABOVE);
                int len = below ? k : ~k;
                key.out.write(len >>> 24);
                key.out.write(len >>> 16);
                key.out.write(len >>> 8);
                key.out.write(len);
            } else {
                key.out.write(w[i] < space ? BELOW_SPACE : ABOVE_SPACE);
                key.weight(w[i]);
                i++;
            }
        }
        key.out.write(END);
        return key.out.toByteArray();
    }

    // ---------------------------------------------------------------- tables, built on first use

    private static final class GeneralTable {
        static final char[] TABLE = build();

        private static char[] build() {
            char[] t = new char[0x10000];
            for (int c = 0; c < 0x10000; c++) {
                char ch = (char) c;
                if (c < 0x80) {
                    t[c] = Character.toUpperCase(ch);
                } else if (Character.isSurrogate(ch)) {
                    t[c] = 0xFFFD;
                } else if (c < 0x250 || (c >= 0x1E00 && c < 0x1F00)) {
                    // MySQL folds accented Latin letters to their base letter
                    String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
                    t[c] = Character.toUpperCase(d.charAt(0));
                } else {
                    t[c] = Character.toUpperCase(ch);
                }
            }
            t[0xDF] = 'S'; // sharp s equals s in general_ci
            return t;
        }
    }

    private static final class UcaTable {
        static final Map<Character, int[]> EXPANSIONS = new HashMap<>();
        static final int[] PRIMARY = build();

        private static int[] build() {
            int[] t = new int[0x10000];
            for (int i = 0; i < ASCII_UCA_ORDER.length(); i++) {
                char c = ASCII_UCA_ORDER.charAt(i);
                t[c] = i + 1;
                if (c >= 'a' && c <= 'z') t[Character.toUpperCase(c)] = i + 1;
            }
            for (int c = 0x80; c < 0x10000; c++) {
                char ch = (char) c;
                if (Character.isSurrogate(ch)) continue;
                int type = Character.getType(ch);
                if (type == Character.CONTROL || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                        || type == Character.ENCLOSING_MARK || type == Character.UNASSIGNED) {
                    continue; // ignorable
                }
                if ((c >= 0x3400 && c < 0xA000) || (c >= 0xAC00 && c < 0xD7A4) || (c >= 0xE000 && c < 0xF900)) {
                    t[c] = UCA_NON_ASCII_BASE + c; // ideographs, Hangul syllables, private use: no decomposition
                    continue;
                }
                String base = switch (ch) {
                    case '\u00DF' -> "ss";
                    case '\u00E6', '\u00C6' -> "ae";
                    case '\u0153', '\u0152' -> "oe";
                    case '\u00F8', '\u00D8' -> "o";
                    case '\u0111', '\u0110' -> "d";
                    case '\u0142', '\u0141' -> "l";
                    case '\u0127', '\u0126' -> "h";
                    case '\u00A0' -> " ";
                    default -> Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKD);
                };
                int[] weights = new int[base.length()];
                int n = 0;
                for (int k = 0; k < base.length(); k++) {
                    char b = base.charAt(k);
                    int bt = Character.getType(b);
                    if (bt == Character.NON_SPACING_MARK || bt == Character.ENCLOSING_MARK) continue;
                    int w = b < 0x80 ? t[Character.toLowerCase(b)]
                            : UCA_NON_ASCII_BASE + Character.toLowerCase(Character.toUpperCase(b));
                    if (w > 0) weights[n++] = w;
                }
                if (n == 1) {
                    t[c] = weights[0];
                } else if (n > 1) {
                    t[c] = -1;
                    EXPANSIONS.put(ch, java.util.Arrays.copyOf(weights, n));
                }
            }
            return t;
        }
    }
}
