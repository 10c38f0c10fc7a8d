package io.sprocket.server.protocol;

import io.sprocket.engine.result.WireTemporal;

/** Parses MySQL's canonical temporal text back into parts, for temporal columns whose values arrive as text. */
final class TemporalText {
    private TemporalText() {}

    /** Returns null (sent as a zero value) when the text is not a canonical date, datetime or time. */
    static WireTemporal parse(String text, boolean time) {
        try {
            if (time) {
                boolean negative = text.startsWith("-");
                String body = negative ? text.substring(1) : text;
                String[] parts = body.split("[:.]");
                int micros = parts.length > 3 ? fraction(parts[3]) : 0;
                return new WireTemporal(WireTemporal.Kind.TIME, negative, 0, 0, 0, Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), micros);
            }
            int year = Integer.parseInt(text.substring(0, 4));
            int month = Integer.parseInt(text.substring(5, 7));
            int day = Integer.parseInt(text.substring(8, 10));
            if (text.length() <= 10) {
                return new WireTemporal(WireTemporal.Kind.DATE, false, year, month, day, 0, 0, 0, 0);
            }
            int hour = Integer.parseInt(text.substring(11, 13));
            int minute = Integer.parseInt(text.substring(14, 16));
            int second = Integer.parseInt(text.substring(17, 19));
            int micros = text.length() > 20 ? fraction(text.substring(20)) : 0;
            return new WireTemporal(WireTemporal.Kind.DATETIME, false, year, month, day, hour, minute, second, micros);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int fraction(String digits) {
        String six = (digits + "000000").substring(0, 6);
        return Integer.parseInt(six);
    }
}
