package io.sprocket.engine.function;

/**
 * A compiled LIKE pattern: '%' any run of characters, '_' exactly one, the escape character quotes the next
 * one. Compile once per constant pattern and call {@link #matches} per row; matching is linear-time backtracking
 * over code points, case- and accent-insensitive unless the comparison is binary.
 */
public final class LikeMatcher {
    private static final int ANY_ONE = -1;
    private static final int ANY_RUN = -2;

    private final int[] tokens;
    private final boolean binary;

    private LikeMatcher(int[] tokens, boolean binary) {
        this.tokens = tokens;
        this.binary = binary;
    }

    /** @param escape the ESCAPE character's code point ('\\' by default), or -1 for none */
    public static LikeMatcher compile(String pattern, int escape, boolean binary) {
        int[] cps = pattern.codePoints().toArray();
        int[] out = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == escape && i + 1 < cps.length) {
                out[n++] = binary ? cps[++i] : Text.fold(cps[++i]);
            } else if (cp == '%') {
                if (n == 0 || out[n - 1] != ANY_RUN) out[n++] = ANY_RUN; // collapse %% runs
            } else if (cp == '_') {
                out[n++] = ANY_ONE;
            } else {
                out[n++] = binary ? cp : Text.fold(cp);
            }
        }
        return new LikeMatcher(java.util.Arrays.copyOf(out, n), binary);
    }

    public boolean matches(String value) {
        int[] s = value.codePoints().toArray();
        if (!binary) for (int i = 0; i < s.length; i++) s[i] = Text.fold(s[i]);
        int si = 0;
        int pi = 0;
        int starP = -1;
        int starS = 0;
        while (si < s.length) {
            if (pi < tokens.length && (tokens[pi] == ANY_ONE || tokens[pi] == s[si])) {
                si++;
                pi++;
            } else if (pi < tokens.length && tokens[pi] == ANY_RUN) {
                starP = pi++;
                starS = si;
            } else if (starP >= 0) {
                pi = starP + 1;
                si = ++starS;
            } else {
                return false;
            }
        }
        while (pi < tokens.length && tokens[pi] == ANY_RUN) pi++;
        return pi == tokens.length;
    }
}
