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
        int slash = pattern.indexOf('/');
        if (slash > 0) return netmask(pattern.substring(0, slash), pattern.substring(slash + 1), clientHost);
        return like(pattern.toLowerCase(), clientHost.toLowerCase(), 0, 0);
    }

    /**
     * 'net/mask' (MySQL 8.0 Reference Manual, 8.2.4 Specifying Account Names: an IPv4 address with a netmask, or
     * a CIDR prefix length since 8.0.23): the client's IPv4 address ANDed with the mask equals the network.
     */
    private static boolean netmask(String net, String mask, String clientHost) {
        String ip = clientHost.equalsIgnoreCase("localhost") ? "127.0.0.1" : clientHost;
        long a = ipv4(ip), n = ipv4(net), m;
        if (mask.indexOf('.') < 0) {
            try {
                int bits = Integer.parseInt(mask);
                if (bits < 0 || bits > 32) return false;
                m = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            } catch (NumberFormatException e) {
                return false;
            }
        } else {
            m = ipv4(mask);
        }
        return a >= 0 && n >= 0 && m >= 0 && (a & m) == n;
    }

    /** A dotted IPv4 address as an unsigned 32-bit value, or -1. */
    private static long ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) return -1;
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) return -1;
            int x = Integer.parseInt(p);
            if (x > 255) return -1;
            v = (v << 8) | x;
        }
        return v;
    }

    /** Higher is more specific: literal hosts, then patterns with fewer wildcards, '%' last. */
    static int specificity(String host) {
        if (host.equals("%") || host.isEmpty()) return 0;
        if (host.indexOf('/') > 0) return 900; // an address with a netmask: no wildcard, below a literal host
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
