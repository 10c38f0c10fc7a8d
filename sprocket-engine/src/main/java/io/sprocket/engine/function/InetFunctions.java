package io.sprocket.engine.function;

import static io.sprocket.engine.function.Coercion.str;

import java.nio.charset.StandardCharsets;

/** INET_ATON / INET_NTOA / INET6_ATON / INET6_NTOA / IS_IPV4 / IS_IPV6 and the IPv4-in-IPv6 tests. */
final class InetFunctions {
    private InetFunctions() {}

    static void register(FunctionRegistry.Builder b) {
        b.add("inet_aton", 1, 1, ResultTypeRule.UNSIGNED_INTEGER, (a, c) -> a[0] == null ? null : aton(str(a[0])));
        b.add("inet_ntoa", 1, 1, ResultTypeRule.STRING, (a, c) -> {
            if (a[0] == null) return null;
            long n = Coercion.toLong(a[0], c);
            if (n < 0 || n > 0xFFFFFFFFL) return null;
            return (n >>> 24) + "." + ((n >>> 16) & 255) + "." + ((n >>> 8) & 255) + "." + (n & 255);
        });
        b.add("inet6_aton", 1, 1, ResultTypeRule.BINARY_STRING, (a, c) -> {
            if (a[0] == null) return null;
            String s = str(a[0]);
            byte[] v4 = ipv4(s);
            return v4 != null ? v4 : ipv6(s);
        });
        b.add("inet6_ntoa", 1, 1, ResultTypeRule.STRING, (a, c) -> {
            if (!(a[0] instanceof byte[] bytes)) return null; // only binary strings are addresses
            if (bytes.length == 4) return ntoa4(bytes, 0);
            if (bytes.length == 16) return ntoa6(bytes);
            return null;
        });
        b.add("is_ipv4", 1, 1, ResultTypeRule.BOOLEAN, (a, c) -> a[0] != null && ipv4(str(a[0])) != null ? 1L : 0L);
        b.add("is_ipv6", 1, 1, ResultTypeRule.BOOLEAN, (a, c) -> a[0] != null && ipv6(str(a[0])) != null ? 1L : 0L);
        b.add("is_ipv4_compat", 1, 1, ResultTypeRule.BOOLEAN, (a, c) -> a[0] instanceof byte[] x && x.length == 16
                && zeros(x, 0, 12) && !zeros(x, 12, 16) ? 1L : 0L);
        b.add("is_ipv4_mapped", 1, 1, ResultTypeRule.BOOLEAN, (a, c) -> a[0] instanceof byte[] x && x.length == 16
                && zeros(x, 0, 10) && (x[10] & 0xFF) == 0xFF && (x[11] & 0xFF) == 0xFF ? 1L : 0L);
    }

    /** INET_ATON accepts short forms: 'a.b' is a.0.0.b, 'a.b.c' is a.b.0.c. */
    static Object aton(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length > 4 || s.isEmpty()) return null;
        long[] v = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            if (p[i].isEmpty() || p[i].length() > 3) return null;
            for (int j = 0; j < p[i].length(); j++) if (!Character.isDigit(p[i].charAt(j))) return null;
            v[i] = Long.parseLong(p[i]);
            if (v[i] > 255) return null;
        }
        long r = 0;
        for (int i = 0; i < v.length - 1; i++) r |= v[i] << (24 - 8 * i);
        return r | v[v.length - 1];
    }

    static byte[] ipv4(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length != 4) return null;
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (p[i].isEmpty() || p[i].length() > 3) return null;
            int v = 0;
            for (int j = 0; j < p[i].length(); j++) {
                char ch = p[i].charAt(j);
                if (ch < '0' || ch > '9') return null;
                v = v * 10 + (ch - '0');
            }
            if (v > 255) return null;
            out[i] = (byte) v;
        }
        return out;
    }

    static byte[] ipv6(String s) {
        if (s.isEmpty() || s.length() > 45) return null;
        byte[] out = new byte[16];
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) return null;
        String head = dbl >= 0 ? s.substring(0, dbl) : s;
        String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
        int[] h = groups(head, dbl < 0);
        int[] t = groups(tail, false);
        if (h == null || t == null) return null;
        int total = h.length + t.length;
        if (dbl < 0 ? total != 16 : total > 14) return null;
        for (int i = 0; i < h.length; i++) out[i] = (byte) h[i];
        for (int i = 0; i < t.length; i++) out[16 - t.length + i] = (byte) t[i];
        return out;
    }

    /** Bytes of colon-separated hex groups, the last of which may be a dotted IPv4 address. */
    private static int[] groups(String s, boolean whole) {
        if (s.isEmpty()) return new int[0];
        String[] p = s.split(":", -1);
        java.util.List<Integer> bytes = new java.util.ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            String g = p[i];
            if (i == p.length - 1 && g.indexOf('.') >= 0) {
                byte[] v4 = ipv4(g);
                if (v4 == null) return null;
                for (byte x : v4) bytes.add(x & 0xFF);
                continue;
            }
            if (g.isEmpty() || g.length() > 4) return null;
            int v;
            try {
                v = Integer.parseInt(g, 16);
            } catch (NumberFormatException e) {
                return null;
            }
            bytes.add(v >>> 8);
            bytes.add(v & 0xFF);
        }
        return bytes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean zeros(byte[] x, int from, int to) {
        for (int i = from; i < to; i++) if (x[i] != 0) return false;
        return true;
    }

    private static String ntoa4(byte[] b, int off) {
        return (b[off] & 0xFF) + "." + (b[off + 1] & 0xFF) + "." + (b[off + 2] & 0xFF) + "." + (b[off + 3] & 0xFF);
    }

    /** RFC 5952 text: lowercase, longest zero run as '::', IPv4-compatible and -mapped forms dotted. */
    private static String ntoa6(byte[] b) {
        if (zeros(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) return "::ffff:" + ntoa4(b, 12);
        if (zeros(b, 0, 12) && !zeros(b, 12, 14)) return "::" + ntoa4(b, 12);
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
