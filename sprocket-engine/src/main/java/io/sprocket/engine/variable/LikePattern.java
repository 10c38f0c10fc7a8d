package io.sprocket.engine.variable;

import java.util.Locale;
import java.util.Objects;

/**
 * A LIKE pattern as SHOW ... LIKE uses it: {@code %} any run, {@code _} one character, backslash escapes the
 * next character; matching ignores case (variable names compare under a case-insensitive collation).
 */
public final class LikePattern {
    private final String pattern;

    private LikePattern(String pattern) {
        this.pattern = pattern.toLowerCase(Locale.ROOT);
    }

    public static LikePattern of(String pattern) {
        return new LikePattern(Objects.requireNonNull(pattern));
    }

    /** True when {@code pattern} is null (no LIKE clause) or matches {@code text}. */
    public static boolean matches(String pattern, String text) {
        return pattern == null || of(pattern).matches(text);
    }

    public boolean matches(String text) {
        return match(0, text.toLowerCase(Locale.ROOT), 0);
    }

    private boolean match(int p, String text, int t) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '%') {
                while (p < pattern.length() && pattern.charAt(p) == '%') p++;
                if (p == pattern.length()) return true;
                for (int i = t; i <= text.length(); i++) {
                    if (match(p, text, i)) return true;
                }
                return false;
            }
            if (t >= text.length()) return false;
            if (c == '_') {
                p++;
                t++;
                continue;
            }
            if (c == '\\' && p + 1 < pattern.length()) {
                p++;
                c = pattern.charAt(p);
            }
            if (c != text.charAt(t)) return false;
            p++;
            t++;
        }
        return t == text.length();
    }
}
