package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnFlags;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A floating-point variable (long_query_time): any number is accepted and clamped with 1292; strings and NULL
 * give 1232. SHOW and SELECT print six decimals.
 */
public record DoubleType(double min, double max) implements VariableType {

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        double value = switch (input) {
            case Long l -> l;
            case Integer i -> i;
            case java.math.BigInteger b -> b.doubleValue();
            case BigDecimal d -> d.doubleValue();
            case Double d -> d;
            case Float f -> f;
            case null, default -> throw ValueInput.wrongType(name);
        };
        double clamped = Math.max(min, Math.min(max, value));
        if (clamped != value) warnings.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, name, ValueInput.text(input));
        return clamped;
    }

    @Override
    public Object fromOption(String name, String text) {
        try {
            return convert(name, new BigDecimal(text.trim()), Warnings.IGNORE);
        } catch (NumberFormatException e) {
            throw ValueInput.wrongValue(name, text);
        }
    }

    @Override
    public String show(Object stored) {
        return BigDecimal.valueOf((Double) stored).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public Object select(Object stored) {
        return stored;
    }

    @Override
    public ColumnMeta column(String alias, Object stored) {
        return ColumnMeta.expression(alias, ColumnType.BINARY_COLLATION_ID, 21, ColumnType.DOUBLE,
                ColumnFlags.BINARY | ColumnFlags.NUM, 6);
    }
}
