package io.sprocket.engine.function;

import static io.sprocket.engine.function.Coercion.str;
import static io.sprocket.engine.function.Coercion.toLong;
import static io.sprocket.engine.function.FunctionDefinition.VARIADIC;
import static io.sprocket.engine.function.Text.anyBinary;
import static io.sprocket.engine.function.Text.anyNull;
import static io.sprocket.engine.function.Text.length;
import static io.sprocket.engine.function.Text.out;
import static io.sprocket.engine.function.Text.sub;
import static io.sprocket.engine.function.Text.text;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.type.Collation;
import java.nio.charset.StandardCharsets;

/**
 * Character string functions: concatenation, case, substrings, padding, trimming and searching. Positions and
 * lengths count characters (bytes for binary strings); a NULL argument gives NULL unless noted.
 */
final class StringFunctions {
    private StringFunctions() {}

    static void register(FunctionRegistry.Builder b) {
        b.add("concat", 1, VARIADIC, ResultTypeRule.STRING_OR_BINARY, StringFunctions::concat);
        b.add("concat_ws", 2, VARIADIC, ResultTypeRule.STRING_OR_BINARY, StringFunctions::concatWs);
        b.add("length", 1, 1, ResultTypeRule.INTEGER, (a, c) -> a[0] == null ? null : (long) Coercion.bytes(a[0]).length);
        b.alias("octet_length", "length");
        b.add("bit_length", 1, 1, ResultTypeRule.INTEGER,
                (a, c) -> a[0] == null ? null : 8L * Coercion.bytes(a[0]).length);
        b.add("char_length", 1, 1, ResultTypeRule.INTEGER, StringFunctions::charLength);
        b.alias("character_length", "char_length");
        b.add("upper", 1, 1, ResultTypeRule.STRING_OR_BINARY, (a, c) -> caseMap(a[0], true));
        b.alias("ucase", "upper");
        b.add("lower", 1, 1, ResultTypeRule.STRING_OR_BINARY, (a, c) -> caseMap(a[0], false));
        b.alias("lcase", "lower");
        b.add("substring", 2, 3, ResultTypeRule.STRING_OR_BINARY, StringFunctions::substring);
        b.alias("substr", "substring");
        b.alias("mid", "substring");
        b.add("left", 2, 2, ResultTypeRule.STRING_OR_BINARY, (a, c) -> leftRight(a, c, true));
        b.add("right", 2, 2, ResultTypeRule.STRING_OR_BINARY, (a, c) -> leftRight(a, c, false));
        // TRIM([BOTH|LEADING|TRAILING] [remstr] FROM str): the parser picks the name by mode, args (str[, remstr]).
        b.add("trim", 1, 2, ResultTypeRule.STRING_OR_BINARY, (a, c) -> trim(a, true, true));
        b.add("trim_both", 1, 2, ResultTypeRule.STRING_OR_BINARY, (a, c) -> trim(a, true, true));
        b.add("trim_leading", 1, 2, ResultTypeRule.STRING_OR_BINARY, (a, c) -> trim(a, true, false));
        b.add("trim_trailing", 1, 2, ResultTypeRule.STRING_OR_BINARY, (a, c) -> trim(a, false, true));
        b.add("ltrim", 1, 1, ResultTypeRule.STRING_OR_BINARY, (a, c) -> trim(a, true, false));
        b.add("rtrim", 1, 1, ResultTypeRule.STRING_OR_BINARY, (a, c) -> trim(a, false, true));
        b.add("lpad", 3, 3, ResultTypeRule.STRING_OR_BINARY, (a, c) -> pad(a, c, true));
        b.add("rpad", 3, 3, ResultTypeRule.STRING_OR_BINARY, (a, c) -> pad(a, c, false));
        b.add("replace", 3, 3, ResultTypeRule.STRING_OR_BINARY, StringFunctions::replace);
        b.add("reverse", 1, 1, ResultTypeRule.STRING_OR_BINARY, StringFunctions::reverse);
        b.add("repeat", 2, 2, ResultTypeRule.STRING_OR_BINARY, StringFunctions::repeat);
        b.add("space", 1, 1, ResultTypeRule.STRING, StringFunctions::space);
        b.addCollated("instr", 2, 2, true, ResultTypeRule.INTEGER,
                coll -> (a, c) -> anyNull(a) ? null : locate(a[1], a[0], 1, a, coll));
        b.addCollated("locate", 2, 3, true, ResultTypeRule.INTEGER, coll -> (a, c) -> anyNull(a) ? null
                : locate(a[0], a[1], a.length == 3 ? toLong(a[2], c) : 1, a, coll));
        b.alias("position", "locate");
        b.addCollated("field", 2, VARIADIC, true, ResultTypeRule.INTEGER, coll -> (a, c) -> field(a, c, coll));
        b.addCollated("find_in_set", 2, 2, true, ResultTypeRule.INTEGER, coll -> (a, c) -> findInSet(a, coll));
        b.add("elt", 2, VARIADIC, ResultTypeRule.STRING_OR_BINARY, StringFunctions::elt);
        b.add("insert", 4, 4, ResultTypeRule.STRING_OR_BINARY, StringFunctions::insert);
        b.addCollated("strcmp", 2, 2, true, ResultTypeRule.INTEGER, coll -> (a, c) -> anyNull(a) ? null
                : (long) Integer.signum(Text.compare(text(a[0], anyBinary(a)), text(a[1], anyBinary(a)), anyBinary(a),
                        coll)));
        b.add("substring_index", 3, 3, ResultTypeRule.STRING_OR_BINARY, StringFunctions::substringIndex);
    }

    static Object concat(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        boolean bin = anyBinary(a);
        if (!bin && a.length == 2) return str(a[0]).concat(str(a[1]));
        StringBuilder sb = new StringBuilder();
        for (Object v : a) sb.append(text(v, bin));
        return checkPacket(out(sb.toString(), bin), "concat", c);
    }

    static Object concatWs(Object[] a, FunctionContext c) {
        if (a[0] == null) return null;
        boolean bin = anyBinary(a);
        String sep = text(a[0], bin);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int i = 1; i < a.length; i++) {
            if (a[i] == null) continue;
            if (!first) sb.append(sep);
            sb.append(text(a[i], bin));
            first = false;
        }
        return checkPacket(out(sb.toString(), bin), "concat_ws", c);
    }

    private static Object checkPacket(Object result, String function, FunctionContext c) {
        long len = result instanceof byte[] b ? b.length : ((String) result).length();
        if (len > Text.MAX_ALLOWED_PACKET) {
            c.warnings().warn(ErrorCode.ER_WARN_ALLOWED_PACKET_OVERFLOWED, function, Text.MAX_ALLOWED_PACKET);
            return null;
        }
        return result;
    }

    private static Object charLength(Object[] a, FunctionContext c) {
        Object v = a[0];
        if (v == null) return null;
        if (v instanceof byte[] b) return (long) b.length;
        String s = str(v);
        return (long) length(s);
    }

    static Object caseMap(Object v, boolean upper) {
        if (v == null) return null;
        if (v instanceof byte[] b) return b; // binary strings have no letter case
        String s = str(v);
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int m = upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
            if (m != cp && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) sb.appendCodePoint(m);
            i += Character.charCount(cp);
        }
        return sb == null ? s : sb.toString();
    }

    static Object substring(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        boolean bin = a[0] instanceof byte[];
        String s = text(a[0], bin);
        long pos = toLong(a[1], c);
        long len = a.length == 3 ? toLong(a[2], c) : Long.MAX_VALUE;
        int n = length(s);
        long start;
        if (pos > 0) {
            start = pos - 1;
        } else if (pos < 0) {
            start = n + pos;
            if (start < 0) return out("", bin);
        } else {
            return out("", bin);
        }
        if (start >= n || len <= 0) return out("", bin);
        return out(sub(s, (int) start, len), bin);
    }

    private static Object leftRight(Object[] a, FunctionContext c, boolean left) {
        if (anyNull(a)) return null;
        boolean bin = a[0] instanceof byte[];
        String s = text(a[0], bin);
        long len = toLong(a[1], c);
        if (len <= 0) return out("", bin);
        int n = length(s);
        if (len >= n) return out(s, bin);
        return out(left ? sub(s, 0, len) : sub(s, (int) (n - len), len), bin);
    }

    private static Object trim(Object[] a, boolean leading, boolean trailing) {
        if (anyNull(a)) return null;
        boolean bin = anyBinary(a);
        String s = text(a[0], bin);
        String rem = a.length > 1 ? text(a[1], bin) : " ";
        if (rem.isEmpty()) return out(s, bin);
        int start = 0;
        int end = s.length();
        if (leading) {
            while (s.startsWith(rem, start) && start + rem.length() <= end) start += rem.length();
        }
        if (trailing) {
            while (end - rem.length() >= start && s.startsWith(rem, end - rem.length())) end -= rem.length();
        }
        return out(s.substring(start, end), bin);
    }

    private static Object pad(Object[] a, FunctionContext c, boolean left) {
        if (anyNull(a)) return null;
        boolean bin = anyBinary(a);
        String s = text(a[0], bin);
        long len = toLong(a[1], c);
        String padding = text(a[2], bin);
        if (len < 0) return null;
        if (len > Text.MAX_ALLOWED_PACKET) {
            c.warnings().warn(ErrorCode.ER_WARN_ALLOWED_PACKET_OVERFLOWED, left ? "lpad" : "rpad",
                    Text.MAX_ALLOWED_PACKET);
            return null;
        }
        int n = length(s);
        if (len <= n) return out(sub(s, 0, len), bin);
        int padLen = length(padding);
        if (padLen == 0) return null;
        long need = len - n;
        StringBuilder fill = new StringBuilder();
        while (need >= padLen) {
            fill.append(padding);
            need -= padLen;
        }
        fill.append(sub(padding, 0, need));
        return out(left ? fill + s : s + fill, bin);
    }

    private static Object replace(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        boolean bin = anyBinary(a);
        String s = text(a[0], bin);
        String from = text(a[1], bin);
        if (from.isEmpty()) return out(s, bin);
        return checkPacket(out(s.replace(from, text(a[2], bin)), bin), "replace", c);
    }

    private static Object reverse(Object[] a, FunctionContext c) {
        if (a[0] == null) return null;
        boolean bin = a[0] instanceof byte[];
        return out(new StringBuilder(text(a[0], bin)).reverse().toString(), bin);
    }

    private static Object repeat(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        boolean bin = a[0] instanceof byte[];
        String s = text(a[0], bin);
        long n = toLong(a[1], c);
        if (n <= 0 || s.isEmpty()) return out("", bin);
        if (n * (long) s.length() > Text.MAX_ALLOWED_PACKET) {
            c.warnings().warn(ErrorCode.ER_WARN_ALLOWED_PACKET_OVERFLOWED, "repeat", Text.MAX_ALLOWED_PACKET);
            return null;
        }
        return out(s.repeat((int) n), bin);
    }

    private static Object space(Object[] a, FunctionContext c) {
        if (a[0] == null) return null;
        long n = toLong(a[0], c);
        if (n <= 0) return "";
        if (n > Text.MAX_ALLOWED_PACKET) {
            c.warnings().warn(ErrorCode.ER_WARN_ALLOWED_PACKET_OVERFLOWED, "space", Text.MAX_ALLOWED_PACKET);
            return null;
        }
        return " ".repeat((int) n);
    }

    /** LOCATE(substr, str, pos): 1-based character position or 0. */
    static Object locate(Object needleV, Object hayV, long pos, Object[] all, Collation collation) {
        boolean bin = anyBinary(all);
        String hay = text(hayV, bin);
        String needle = text(needleV, bin);
        if (pos < 1) return 0L;
        int n = length(hay);
        if (pos - 1 > n) return 0L;
        if (needle.isEmpty()) return pos;
        int fromChar = hay.offsetByCodePoints(0, (int) pos - 1);
        int idx = Text.indexOf(hay, needle, fromChar, Text.exact(bin, collation));
        return idx < 0 ? 0L : (long) hay.codePointCount(0, idx) + 1;
    }

    private static Object field(Object[] a, FunctionContext c, Collation collation) {
        if (a[0] == null) return 0L;
        boolean allNumbers = true;
        for (Object v : a) if (v != null && !Coercion.isNumber(v)) allNumbers = false;
        if (allNumbers) {
            double x = Coercion.toDouble(a[0], c);
            for (int i = 1; i < a.length; i++) {
                if (a[i] != null && Coercion.toDouble(a[i], c) == x) return (long) i;
            }
            return 0L;
        }
        boolean bin = anyBinary(a);
        String x = text(a[0], bin);
        for (int i = 1; i < a.length; i++) {
            if (a[i] != null && Text.compare(x, text(a[i], bin), bin, collation) == 0) return (long) i;
        }
        return 0L;
    }

    private static Object findInSet(Object[] a, Collation collation) {
        if (anyNull(a)) return null;
        boolean bin = anyBinary(a);
        String needle = text(a[0], bin);
        String list = text(a[1], bin);
        if (needle.indexOf(',') >= 0) return 0L;
        if (list.isEmpty()) return 0L;
        long i = 1;
        int start = 0;
        while (true) {
            int comma = list.indexOf(',', start);
            String item = comma < 0 ? list.substring(start) : list.substring(start, comma);
            if (Text.compare(needle, item, bin, collation) == 0) return i;
            if (comma < 0) return 0L;
            start = comma + 1;
            i++;
        }
    }

    private static Object elt(Object[] a, FunctionContext c) {
        if (a[0] == null) return null;
        long n = toLong(a[0], c);
        if (n < 1 || n >= a.length) return null;
        Object v = a[(int) n];
        return v instanceof byte[] || v == null ? v : str(v);
    }

    private static Object insert(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        boolean bin = anyBinary(a);
        String s = text(a[0], bin);
        long pos = toLong(a[1], c);
        long len = toLong(a[2], c);
        String repl = text(a[3], bin);
        int n = length(s);
        if (pos < 1 || pos > n) return out(s, bin);
        if (len < 0 || len > n - pos + 1) len = n - pos + 1;
        return out(sub(s, 0, pos - 1) + repl + sub(s, (int) (pos - 1 + len), Long.MAX_VALUE), bin);
    }

    private static Object substringIndex(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        boolean bin = anyBinary(a);
        String s = text(a[0], bin);
        String delim = text(a[1], bin);
        long count = toLong(a[2], c);
        if (count == 0 || delim.isEmpty()) return out("", bin);
        if (count > 0) {
            int idx = -1;
            for (long i = 0; i < count; i++) {
                idx = s.indexOf(delim, idx < 0 ? 0 : idx + delim.length());
                if (idx < 0) return out(s, bin);
            }
            return out(s.substring(0, idx), bin);
        }
        int idx = s.length();
        for (long i = 0; i < -count; i++) {
            idx = idx - delim.length() < 0 ? -1 : s.lastIndexOf(delim, idx - delim.length());
            if (idx < 0) return out(s, bin);
        }
        return out(s.substring(idx + delim.length()), bin);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
