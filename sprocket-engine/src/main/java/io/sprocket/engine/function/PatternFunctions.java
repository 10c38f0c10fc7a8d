package io.sprocket.engine.function;

import static io.sprocket.engine.function.Coercion.str;
import static io.sprocket.engine.function.Coercion.toLong;
import static io.sprocket.engine.function.Text.anyBinary;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.Collation;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * LIKE and the REGEXP family. Each call site keeps its last compiled pattern, so a constant pattern is compiled
 * once however many rows it is applied to. Positions are in characters, 1-based, as in MySQL.
 */
final class PatternFunctions {
    private PatternFunctions() {}

    static void register(FunctionRegistry.Builder b) {
        // like(value, pattern[, escape]): the operator form `a LIKE b ESCAPE c`.
        b.addCollated("like", 2, 3, true, ResultTypeRule.BOOLEAN, LikeSite::new);
        b.addCollated("regexp_like", 2, 3, true, ResultTypeRule.BOOLEAN, coll -> new RegexSite(Op.LIKE, coll));
        b.alias("regexp", "regexp_like");
        b.alias("rlike", "regexp_like");
        b.addCollated("regexp_instr", 2, 6, true, ResultTypeRule.INTEGER, coll -> new RegexSite(Op.INSTR, coll));
        b.addCollated("regexp_substr", 2, 5, true, ResultTypeRule.STRING, coll -> new RegexSite(Op.SUBSTR, coll));
        b.addCollated("regexp_replace", 3, 6, true, ResultTypeRule.STRING, coll -> new RegexSite(Op.REPLACE, coll));
    }

    /** LIKE with a per-site compiled matcher. */
    static final class LikeSite implements ScalarFunction {
        private record Compiled(String pattern, int escape, boolean binary, LikeMatcher matcher) {}

        private final Collation collation;
        private volatile Compiled last;

        LikeSite(Collation collation) {
            this.collation = collation;
        }

        @Override
        public Object evaluate(Object[] a, FunctionContext c) {
            if (a[0] == null || a[1] == null) return null;
            boolean binary = anyBinary(a);
            String pattern = Text.text(a[1], binary);
            int escape = '\\';
            if (a.length == 3 && a[2] != null) {
                String e = Text.text(a[2], binary);
                if (e.codePointCount(0, e.length()) > 1) throw FunctionRegistry.wrongArguments("ESCAPE");
                escape = e.isEmpty() ? -1 : e.codePointAt(0);
            }
            Compiled cached = last;
            if (cached == null || cached.escape != escape || cached.binary != binary
                    || !cached.pattern.equals(pattern)) {
                cached = new Compiled(pattern, escape, binary,
                        LikeMatcher.compile(pattern, escape, Text.exact(binary, collation)));
                last = cached;
            }
            return cached.matcher.matches(Text.text(a[0], binary)) ? 1L : 0L;
        }
    }

    enum Op { LIKE, INSTR, SUBSTR, REPLACE }

    static final class RegexSite implements ScalarFunction {
        private record Compiled(String pattern, int flags, Pattern regex) {}

        private final Op op;
        private final Collation collation;
        private volatile Compiled last;

        RegexSite(Op op, Collation collation) {
            this.op = op;
            this.collation = collation;
        }

        @Override
        public Object evaluate(Object[] a, FunctionContext c) {
            if (a[0] == null || a[1] == null) return null;
            if (op == Op.REPLACE && a[2] == null) return null;
            for (int i = 2; i < a.length; i++) if (a[i] == null) return null;
            boolean binary = anyBinary(a);
            String subject = binary ? new String(Coercion.bytes(a[0]), StandardCharsets.ISO_8859_1) : str(a[0]);
            int matchTypeIndex = switch (op) {
                case LIKE -> 2;
                case INSTR -> 5;
                case SUBSTR -> 4;
                case REPLACE -> 5;
            };
            String matchType = a.length > matchTypeIndex ? str(a[matchTypeIndex]) : "";
            Pattern regex = compile(Text.text(a[1], binary), flags(matchType, Text.exact(binary, collation)));
            return switch (op) {
                case LIKE -> regex.matcher(subject).find() ? 1L : 0L;
                case INSTR -> instr(regex, subject, a, c);
                case SUBSTR -> substr(regex, subject, a, c, binary);
                case REPLACE -> replace(regex, subject, a, c, binary);
            };
        }

        private Pattern compile(String pattern, int flags) {
            Compiled cached = last;
            if (cached != null && cached.flags == flags && cached.pattern.equals(pattern)) return cached.regex;
            try {
                Pattern p = Pattern.compile(pattern, flags);
                last = new Compiled(pattern, flags, p);
                return p;
            } catch (PatternSyntaxException e) {
                throw syntaxError(e);
            }
        }

        private static int flags(String matchType, boolean binary) {
            boolean ci = !binary;
            int flags = 0;
            for (int i = 0; i < matchType.length(); i++) {
                switch (matchType.charAt(i)) {
                    case 'c' -> ci = false;
                    case 'i' -> ci = true;
                    case 'm' -> flags |= Pattern.MULTILINE;
                    case 'n' -> flags |= Pattern.DOTALL;
                    case 'u' -> flags |= Pattern.UNIX_LINES;
                    default -> throw new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, "regexp");
                }
            }
            if (ci) flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return flags;
        }

        /** Char index where searching starts, or -1 when pos lies beyond the end (MySQL: error 3686). */
        private static int start(String subject, Object[] a, int posIndex, FunctionContext c) {
            long pos = a.length > posIndex ? toLong(a[posIndex], c) : 1;
            int n = subject.codePointCount(0, subject.length());
            if (pos < 1 || pos > n + 1) {
                throw new SqlException(ErrorCode.ER_REGEXP_INDEX_OUTOFBOUNDS_ERROR);
            }
            return subject.offsetByCodePoints(0, (int) pos - 1);
        }

        private static long occurrence(Object[] a, int index, FunctionContext c) {
            return a.length > index ? toLong(a[index], c) : 1;
        }

        private static Object instr(Pattern regex, String subject, Object[] a, FunctionContext c) {
            int from = start(subject, a, 2, c);
            long occ = Math.max(1, occurrence(a, 3, c));
            long returnOption = a.length > 4 ? toLong(a[4], c) : 0;
            if (returnOption != 0 && returnOption != 1) {
                throw new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, "regexp_instr");
            }
            Matcher m = regex.matcher(subject);
            int found = 0;
            int at = from;
            while (at <= subject.length() && m.find(at)) {
                if (++found == occ) {
                    int idx = returnOption == 0 ? m.start() : m.end();
                    return (long) subject.codePointCount(0, idx) + 1;
                }
                at = m.end() == m.start() ? m.end() + 1 : m.end();
            }
            return 0L;
        }

        private static Object substr(Pattern regex, String subject, Object[] a, FunctionContext c, boolean binary) {
            int from = start(subject, a, 2, c);
            long occ = Math.max(1, occurrence(a, 3, c));
            Matcher m = regex.matcher(subject);
            int found = 0;
            int at = from;
            while (at <= subject.length() && m.find(at)) {
                if (++found == occ) return Text.out(m.group(), binary);
                at = m.end() == m.start() ? m.end() + 1 : m.end();
            }
            return null;
        }

        private static Object replace(Pattern regex, String subject, Object[] a, FunctionContext c, boolean binary) {
            int from = start(subject, a, 3, c);
            long occ = a.length > 4 ? toLong(a[4], c) : 0; // 0: every match
            String replacement = Text.text(a[2], binary);
            Matcher m = regex.matcher(subject);
            StringBuilder sb = new StringBuilder(subject.length());
            sb.append(subject, 0, from);
            int found = 0;
            int copied = from;
            int at = from;
            try {
                while (at <= subject.length() && m.find(at)) {
                    found++;
                    if (occ <= 0 || found == occ) {
                        sb.append(subject, copied, m.start());
                        sb.append(expand(m, replacement));
                        copied = m.end();
                        if (occ > 0) break;
                    }
                    at = m.end() == m.start() ? m.end() + 1 : m.end();
                }
            } catch (IllegalArgumentException e) {
                throw new SqlException(ErrorCode.ER_REGEXP_INVALID_BACK_REF);
            }
            sb.append(subject, copied, subject.length());
            return Text.out(sb.toString(), binary);
        }

        private static String expand(Matcher m, String replacement) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < replacement.length(); i++) {
                char ch = replacement.charAt(i);
                if (ch == '\\' && i + 1 < replacement.length()) {
                    sb.append(replacement.charAt(++i));
                } else if (ch == '$' && i + 1 < replacement.length() && Character.isDigit(replacement.charAt(i + 1))) {
                    int g = replacement.charAt(++i) - '0';
                    if (g > m.groupCount()) throw new IllegalArgumentException("group");
                    String v = m.group(g);
                    if (v != null) sb.append(v);
                } else {
                    sb.append(ch);
                }
            }
            return sb.toString();
        }
    }

    private static SqlException syntaxError(PatternSyntaxException e) {
        String d = e.getDescription();
        if (d.contains("Unclosed group") || d.contains("Unmatched closing")) {
            return new SqlException(ErrorCode.ER_REGEXP_MISMATCHED_PAREN);
        }
        if (d.contains("Unclosed character class")) return new SqlException(ErrorCode.ER_REGEXP_MISSING_CLOSE_BRACKET);
        if (d.contains("Illegal/unsupported escape")) return new SqlException(ErrorCode.ER_REGEXP_BAD_ESCAPE_SEQUENCE);
        if (d.contains("Illegal character range")) return new SqlException(ErrorCode.ER_REGEXP_INVALID_RANGE);
        int index = Math.max(0, e.getIndex());
        return new SqlException(ErrorCode.ER_REGEXP_RULE_SYNTAX, 1, index + 1);
    }
}
