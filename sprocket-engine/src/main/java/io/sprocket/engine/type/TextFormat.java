package io.sprocket.engine.type;

import io.sprocket.engine.result.FloatText;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * MySQL's text for a value of a given type, as the text protocol and string context show it: FLOAT with 6
 * significant digits, DOUBLE shortest round-trip, FLOAT(M,D)/DOUBLE(M,D) and DECIMAL with their scale, temporals
 * with the type's fsp, ZEROFILL padding, YEAR as four digits.
 */
public final class TextFormat {
    private TextFormat() {}

    public static String format(Object v, SqlType t) {
        if (v == null) return null;
        switch (t.kind()) {
            case FLOAT, DOUBLE -> {
                double d = Values.toDoubleValue(v, io.sprocket.engine.error.Warnings.IGNORE);
                String s = t.scale() >= 0 && t.scale() < SqlType.NOT_FIXED_DEC
                        ? new BigDecimal(t.kind() == TypeKind.FLOAT ? Float.toString((float) d) : Double.toString(d))
                                .setScale(t.scale(), RoundingMode.HALF_UP).toPlainString()
                        : FloatText.format(d, t.kind() == TypeKind.FLOAT);
                return t.zerofill() ? zerofill(s, t.displayLength()) : s;
            }
            case DECIMAL -> {
                BigDecimal d = Values.toDecimal(v, io.sprocket.engine.error.Warnings.IGNORE)
                        .setScale(t.scale(), RoundingMode.HALF_UP);
                String s = d.toPlainString();
                return t.zerofill() ? zerofill(s, t.displayLength()) : s;
            }
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT -> {
                String s = Values.toText(v);
                return t.zerofill() ? zerofill(s, t.displayLength()) : s;
            }
            case YEAR -> {
                String s = Values.toText(v);
                return s.length() < 4 ? "0".repeat(4 - s.length()) + s : s;
            }
            case DATE -> {
                return v instanceof SqlDate d ? date(d) : v instanceof SqlDateTime dt ? date(dt.date()) : Values.toText(v);
            }
            case DATETIME, TIMESTAMP -> {
                return v instanceof SqlDateTime dt ? dateTime(dt, t.scale()) : Values.toText(v);
            }
            case TIME -> {
                return v instanceof SqlTime tm ? time(tm, t.scale()) : Values.toText(v);
            }
            default -> {
                return Values.toText(v);
            }
        }
    }

    static String zerofill(String digits, long width) {
        if (digits.length() >= width) return digits;
        return "0".repeat((int) (width - digits.length())) + digits;
    }

    public static String date(SqlDate d) {
        char[] c = new char[10];
        put4(c, 0, d.year());
        c[4] = '-';
        put2(c, 5, d.month());
        c[7] = '-';
        put2(c, 8, d.day());
        return new String(c);
    }

    /** {@code YYYY-MM-DD hh:mm:ss} plus {@code fsp} fractional digits (truncating extra precision). */
    public static String dateTime(SqlDateTime t, int fsp) {
        int f = Math.max(0, Math.min(fsp, 6));
        char[] c = new char[19 + (f > 0 ? f + 1 : 0)];
        put4(c, 0, t.year());
        c[4] = '-';
        put2(c, 5, t.month());
        c[7] = '-';
        put2(c, 8, t.day());
        c[10] = ' ';
        put2(c, 11, t.hour());
        c[13] = ':';
        put2(c, 14, t.minute());
        c[16] = ':';
        put2(c, 17, t.second());
        putFraction(c, 19, t.micros(), f);
        return new String(c);
    }

    /** {@code [-]hh:mm:ss} (hours may have three digits) plus {@code fsp} fractional digits. */
    public static String time(SqlTime t, int fsp) {
        int f = Math.max(0, Math.min(fsp, 6));
        StringBuilder sb = new StringBuilder(17);
        if (t.negative()) sb.append('-');
        if (t.hour() < 10) sb.append('0');
        sb.append(t.hour()).append(':');
        if (t.minute() < 10) sb.append('0');
        sb.append(t.minute()).append(':');
        if (t.second() < 10) sb.append('0');
        sb.append(t.second());
        if (f > 0) {
            char[] c = new char[f + 1];
            putFraction(c, 0, t.micros(), f);
            sb.append(c);
        }
        return sb.toString();
    }

    private static void putFraction(char[] c, int at, int micros, int f) {
        if (f == 0) return;
        c[at] = '.';
        int m = micros;
        for (int i = 6; i > f; i--) m /= 10;
        for (int i = f; i >= 1; i--) {
            c[at + i] = (char) ('0' + m % 10);
            m /= 10;
        }
    }

    private static void put2(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10 % 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    private static void put4(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 1000 % 10);
        c[at + 1] = (char) ('0' + v / 100 % 10);
        c[at + 2] = (char) ('0' + v / 10 % 10);
        c[at + 3] = (char) ('0' + v % 10);
    }
}
