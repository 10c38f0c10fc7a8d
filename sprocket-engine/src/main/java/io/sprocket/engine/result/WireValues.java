package io.sprocket.engine.result;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Text-protocol rendering of wire values (the text MySQL sends for each value of a column). */
public final class WireValues {
    private WireValues() {}

    public static byte[] text(Object value, ColumnMeta column) {
        return switch (value) {
            case byte[] bytes -> bytes;
            case String s -> s.getBytes(StandardCharsets.UTF_8);
            case Long l -> zerofill(Long.toString(l), column);
            case BigDecimal d -> d.toPlainString().getBytes(StandardCharsets.US_ASCII);
            case Double d -> doubleText(d, column).getBytes(StandardCharsets.US_ASCII);
            case Float f -> FloatText.format(f, true).getBytes(StandardCharsets.US_ASCII);
            case WireTemporal t -> temporalText(t, column.decimals()).getBytes(StandardCharsets.US_ASCII);
            default -> zerofill(value.toString(), column);
        };
    }

    /** DOUBLE/FLOAT: shortest round-trip text, or fixed decimals when the column declares them (< 31). */
    private static String doubleText(double d, ColumnMeta column) {
        int decimals = column.decimals();
        if (decimals > 0 && decimals < 31 && !Double.isNaN(d) && !Double.isInfinite(d)
                && (column.type() == ColumnType.DOUBLE || column.type() == ColumnType.FLOAT)) {
            return new java.math.BigDecimal(d).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return FloatText.format(d, column.type() == ColumnType.FLOAT);
    }

    private static byte[] zerofill(String digits, ColumnMeta column) {
        if ((column.flags() & ColumnFlags.ZEROFILL) != 0 && digits.length() < column.length()) {
            digits = "0".repeat((int) column.length() - digits.length()) + digits;
        }
        return digits.getBytes(StandardCharsets.US_ASCII);
    }

    public static String temporalText(WireTemporal t, int fsp) {
        StringBuilder sb = new StringBuilder(26);
        switch (t.kind()) {
            case DATE -> appendDate(sb, t);
            case DATETIME -> {
                appendDate(sb, t);
                sb.append(' ');
                appendTime(sb, t.hour(), t, fsp);
            }
            case TIME -> {
                if (t.negative()) sb.append('-');
                appendTime(sb, t.hour(), t, fsp);
            }
        }
        return sb.toString();
    }

    private static void appendDate(StringBuilder sb, WireTemporal t) {
        pad(sb, t.year(), 4).append('-');
        pad(sb, t.month(), 2).append('-');
        pad(sb, t.day(), 2);
    }

    private static void appendTime(StringBuilder sb, int hours, WireTemporal t, int fsp) {
        pad(sb, hours, 2).append(':');
        pad(sb, t.minute(), 2).append(':');
        pad(sb, t.second(), 2);
        if (fsp > 0 && fsp <= 6) {
            sb.append('.');
            String micros = String.format("%06d", t.micros());
            sb.append(micros, 0, fsp);
        }
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) sb.append('0');
        return sb.append(s);
    }
}
