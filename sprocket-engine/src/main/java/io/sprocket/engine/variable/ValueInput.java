package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnFlags;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import io.sprocket.engine.result.FloatText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Classifies the evaluated values SET hands over, and builds the errors every type shares. */
final class ValueInput {
    private ValueInput() {}

    static boolean isInteger(Object input) {
        return input instanceof Long || input instanceof Integer || input instanceof BigInteger
                || input instanceof Boolean;
    }

    static boolean isApproximateOrDecimal(Object input) {
        return input instanceof BigDecimal || input instanceof Double || input instanceof Float;
    }

    /** A string-like input (SET x = 'abc' or a binary string), else null. */
    static String string(Object input) {
        return switch (input) {
            case String s -> s;
            case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
            case null, default -> null;
        };
    }

    static BigInteger bigInteger(Object input) {
        return switch (input) {
            case BigInteger b -> b;
            case Long l -> BigInteger.valueOf(l);
            case Integer i -> BigInteger.valueOf(i);
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            default -> throw new IllegalArgumentException("not an integer: " + input);
        };
    }

    /** The text MySQL quotes in 1231 / 1292 messages. */
    static String text(Object input) {
        return switch (input) {
            case null -> "NULL";
            case BigDecimal d -> d.toPlainString();
            case Double d -> FloatText.format(d, false);
            case Boolean b -> b ? "1" : "0";
            case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
            default -> input.toString();
        };
    }

    static SqlException wrongValue(String name, Object input) {
        return new SqlException(ErrorCode.ER_WRONG_VALUE_FOR_VAR, name, text(input));
    }

    static SqlException wrongType(String name) {
        return new SqlException(ErrorCode.ER_WRONG_TYPE_FOR_VAR, name);
    }

    /** A string column for SELECT @@x: utf8mb4 text, length in bytes of the current value (at least one char). */
    static ColumnMeta stringColumn(String alias, String value) {
        long chars = value == null ? 0 : value.codePointCount(0, value.length());
        return ColumnMeta.expression(alias, ColumnType.UTF8MB4_0900_AI_CI, Math.max(chars, 1) * 4,
                ColumnType.VAR_STRING, 0, 31);
    }

    static ColumnMeta integerColumn(String alias, long length, boolean unsigned) {
        int flags = ColumnFlags.BINARY | ColumnFlags.NUM | (unsigned ? ColumnFlags.UNSIGNED : 0);
        return ColumnMeta.expression(alias, ColumnType.BINARY_COLLATION_ID, length, ColumnType.LONGLONG, flags, 0);
    }
}
