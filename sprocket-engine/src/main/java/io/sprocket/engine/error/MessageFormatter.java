package io.sprocket.engine.error;

/** A small printf for MySQL message formats: %s, %d, %u, %lu, %ld, %.Ns, %-.Ns, %.*s and %%. */
final class MessageFormatter {
    private MessageFormatter() {}

    static String format(String format, Object... args) {
        StringBuilder out = new StringBuilder(format.length() + 32);
        int arg = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            if (format.charAt(j) == '%') {
                out.append('%');
                i = j;
                continue;
            }
            if (format.charAt(j) == '-') j++;
            int precision = -1;
            if (j < format.length() && format.charAt(j) == '.') {
                j++;
                if (format.charAt(j) == '*') {
                    j++;
                    arg++; // MySQL passes the length separately; we just skip it
                } else {
                    int start = j;
                    while (j < format.length() && Character.isDigit(format.charAt(j))) j++;
                    precision = Integer.parseInt(format.substring(start, j));
                }
            }
            while (j < format.length() && format.charAt(j) == 'l') j++;
            char conv = format.charAt(j);
            Object value = arg < args.length ? args[arg] : null;
            arg++;
            String text = switch (conv) {
                case 'd', 'u' -> value == null ? "0" : value.toString();
                default -> String.valueOf(value);
            };
            if (precision >= 0 && text.length() > precision) {
                text = text.substring(0, precision);
            }
            out.append(text);
            i = j;
        }
        return out.toString();
    }
}
