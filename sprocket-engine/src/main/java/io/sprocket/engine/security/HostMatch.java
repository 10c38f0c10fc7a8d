package io.sprocket.engine.security;

/** MySQL account host matching: 'localhost' for loopback clients, literal addresses and % / _ patterns. */
final class HostMatch {
    private HostMatch() {}

    static boolean isLoopback(String clientHost) {
        return clientHost.equals("127.0.0.1") || clientHost.equals("::1") || clientHost.equals("0:0:0:0:0:0:0:1")
                || clientHost.equalsIgnoreCase("localhost");
    }

    static boolean matches(String pattern, String clientHost) {
        if (pattern.equalsIgnoreCase("localhost")) return isLoopback(clientHost);
        return like(pattern.toLowerCase(), clientHost.toLowerCase(), 0, 0);
    }

    /** Higher is more specific: literal hosts, then patterns with fewer wildcards, '%' last. */
    static int specificity(String host) {
        if (host.equals("%") || host.isEmpty()) return 0;
        int wild = 0;
        for (char c : host.toCharArray()) if (c == '%' || c == '_') wild++;
        return wild == 0 ? 1000 : 500 - wild;
    }

    private static boolean like(String p, String s, int i, int j) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '%') {
                for (int k = j; k <= s.length(); k++) if (like(p, s, i + 1, k)) return true;
                return false;
            }
            if (j >= s.length()) return false;
            if (c != '_' && c != s.charAt(j)) return false;
            i++;
            j++;
        }
        return j == s.length();
    }
}
