package io.sprocket.server.protocol;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import io.sprocket.engine.result.WireTemporal;
import io.sprocket.engine.result.WireValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** The binary protocol (COM_STMT_EXECUTE): result values by column type, parameter values by declared type. */
public final class BinaryValues {
    private BinaryValues() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** Appends one non-NULL value of a binary result row. */
    public static void write(PayloadWriter w, Object value, ColumnMeta column) {
        switch (column.type()) {
            case ColumnType.TINY -> w.int1((int) asLong(value));
            case ColumnType.SHORT, ColumnType.YEAR -> w.int2((int) asLong(value));
            case ColumnType.LONG, ColumnType.INT24 -> w.int4(asLong(value));
            case ColumnType.LONGLONG -> w.int8(asLong(value));
            case ColumnType.FLOAT -> w.int4(Float.floatToIntBits((float) asDouble(value)) & 0xffffffffL);
            case ColumnType.DOUBLE -> w.int8(Double.doubleToLongBits(asDouble(value)));
            case ColumnType.DATE, ColumnType.NEWDATE, ColumnType.DATETIME, ColumnType.TIMESTAMP ->
                    writeDateTime(w, asTemporal(value, column), column.type() == ColumnType.DATE);
            case ColumnType.TIME -> writeTime(w, asTemporal(value, column));
            default -> w.lenencBytes(WireValues.text(value, column));
        }
    }

    private static void writeDateTime(PayloadWriter w, WireTemporal t, boolean dateOnly) {
        if (t == null) {
            w.int1(0);
            return;
        }
        boolean timeZero = t.hour() == 0 && t.minute() == 0 && t.second() == 0 && t.micros() == 0;
        boolean allZero = timeZero && t.year() == 0 && t.month() == 0 && t.day() == 0;
        if (allZero) {
            w.int1(0);
        } else if (dateOnly || timeZero) {
            w.int1(4).int2(t.year()).int1(t.month()).int1(t.day());
        } else if (t.micros() == 0) {
            w.int1(7).int2(t.year()).int1(t.month()).int1(t.day()).int1(t.hour()).int1(t.minute()).int1(t.second());
        } else {
            w.int1(11).int2(t.year()).int1(t.month()).int1(t.day()).int1(t.hour()).int1(t.minute())
                    .int1(t.second()).int4(t.micros());
        }
    }

    private static void writeTime(PayloadWriter w, WireTemporal t) {
        if (t == null || (t.hour() == 0 && t.minute() == 0 && t.second() == 0 && t.micros() == 0 && t.day() == 0)) {
            w.int1(0);
            return;
        }
        int hours = t.day() * 24 + t.hour();
        w.int1(t.micros() == 0 ? 8 : 12).int1(t.negative() ? 1 : 0).int4(hours / 24).int1(hours % 24)
                .int1(t.minute()).int1(t.second());
        if (t.micros() != 0) w.int4(t.micros());
    }

    private static long asLong(Object value) {
        return switch (value) {
            case Long l -> l;
            case BigInteger b -> b.longValue();
            case BigDecimal d -> d.setScale(0, RoundingMode.HALF_UP).longValue();
            case Double d -> Math.round(d);
            case Float f -> Math.round(f);
            case Number n -> n.longValue();
            case byte[] b -> parseLong(new String(b, StandardCharsets.UTF_8));
            default -> parseLong(value.toString());
        };
    }

    private static long parseLong(String text) {
        try {
            return new BigDecimal(text.trim()).setScale(0, RoundingMode.HALF_UP).toBigInteger().longValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double asDouble(Object value) {
        return switch (value) {
            case Number n -> n.doubleValue();
            case byte[] b -> parseDouble(new String(b, StandardCharsets.UTF_8));
            default -> parseDouble(value.toString());
        };
    }

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A temporal column whose value arrived as text (e.g. from a CAST) is parsed back into parts. */
    private static WireTemporal asTemporal(Object value, ColumnMeta column) {
        if (value instanceof WireTemporal t) return t;
        String text = value instanceof byte[] b ? new String(b, StandardCharsets.US_ASCII) : value.toString();
        return TemporalText.parse(text.trim(), column.type() == ColumnType.TIME);
    }

    /**
     * Reads one parameter value of COM_STMT_EXECUTE as the Session contract wants it: integers as Long (or
     * BigInteger for unsigned BIGINT above Long.MAX_VALUE), floats as Double, decimals as BigDecimal, text as
     * String, blobs as byte[], temporals as WireTemporal.
     */
    public static Object readParameter(PayloadReader r, int type, boolean unsigned) throws ProtocolException {
        return switch (type) {
            case ColumnType.NULL -> null;
            case ColumnType.TINY -> unsigned ? (long) r.int1() : (long) (byte) r.int1();
            case ColumnType.SHORT, ColumnType.YEAR -> unsigned ? (long) r.int2() : (long) (short) r.int2();
            case ColumnType.LONG, ColumnType.INT24 -> unsigned ? r.int4() : (long) (int) r.int4();
            case ColumnType.LONGLONG -> {
                long v = r.int8();
                yield unsigned && v < 0 ? BigInteger.valueOf(v).add(TWO_64) : (Object) v;
            }
            case ColumnType.FLOAT -> (double) Float.intBitsToFloat((int) r.int4());
            case ColumnType.DOUBLE -> Double.longBitsToDouble(r.int8());
            case ColumnType.DECIMAL, ColumnType.NEWDECIMAL -> {
                String text = new String(r.lenencBytes(), StandardCharsets.US_ASCII);
                try {
                    yield new BigDecimal(text);
                } catch (NumberFormatException e) {
                    yield text;
                }
            }
            case ColumnType.DATE, ColumnType.NEWDATE, ColumnType.DATETIME, ColumnType.TIMESTAMP ->
                    readDateTime(r, type == ColumnType.DATE);
            case ColumnType.TIME -> readTime(r);
            case ColumnType.TINY_BLOB, ColumnType.MEDIUM_BLOB, ColumnType.LONG_BLOB, ColumnType.BLOB,
                 ColumnType.GEOMETRY, ColumnType.BIT -> r.lenencBytes();
            case ColumnType.VARCHAR, ColumnType.VAR_STRING, ColumnType.STRING, ColumnType.ENUM, ColumnType.SET,
                 ColumnType.JSON -> new String(r.lenencBytes(), StandardCharsets.UTF_8);
            default -> throw new ProtocolException(
                    new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, "mysqld_stmt_execute"));
        };
    }

    /** Long data (COM_STMT_SEND_LONG_DATA) in the parameter's declared type. */
    public static Object longData(byte[] data, int type) {
        return switch (type) {
            case ColumnType.VARCHAR, ColumnType.VAR_STRING, ColumnType.STRING, ColumnType.ENUM, ColumnType.SET,
                 ColumnType.JSON -> new String(data, StandardCharsets.UTF_8);
            default -> data;
        };
    }

    private static WireTemporal readDateTime(PayloadReader r, boolean dateOnly) throws ProtocolException {
        int length = r.int1();
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, micros = 0;
        if (length >= 4) {
            year = r.int2();
            month = r.int1();
            day = r.int1();
        }
        if (length >= 7) {
            hour = r.int1();
            minute = r.int1();
            second = r.int1();
        }
        if (length >= 11) micros = (int) r.int4();
        if (length != 0 && length != 4 && length != 7 && length != 11) r.skip(Math.max(0, length - 11));
        WireTemporal.Kind kind = dateOnly ? WireTemporal.Kind.DATE : WireTemporal.Kind.DATETIME;
        return new WireTemporal(kind, false, year, month, day, hour, minute, second, micros);
    }

    private static WireTemporal readTime(PayloadReader r) throws ProtocolException {
        int length = r.int1();
        boolean negative = false;
        long days = 0;
        int hour = 0, minute = 0, second = 0, micros = 0;
        if (length >= 8) {
            negative = r.int1() == 1;
            days = r.int4();
            hour = r.int1();
            minute = r.int1();
            second = r.int1();
        }
        if (length >= 12) micros = (int) r.int4();
        if (length != 0 && length != 8 && length != 12) r.skip(Math.max(0, length - 12));
        int hours = (int) Math.min(days * 24 + hour, Integer.MAX_VALUE);
        return new WireTemporal(WireTemporal.Kind.TIME, negative, 0, 0, 0, hours, minute, second, micros);
    }
}
