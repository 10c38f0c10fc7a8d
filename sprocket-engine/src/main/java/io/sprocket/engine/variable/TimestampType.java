package io.sprocket.engine.variable;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnFlags;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The session's timestamp: seconds since the epoch with microseconds. Stored null means "the current time"
 * (the session resolves it when read); SET timestamp = 0 or DEFAULT returns to that. Values outside
 * 0 .. 32536771199.999999 give 1231; strings and NULL 1232.
 */
public record TimestampType() implements VariableType {
    public static final TimestampType INSTANCE = new TimestampType();
    static final double MAX = 32536771199.999999;

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
        if (value < 0 || value > MAX) throw ValueInput.wrongValue(name, input);
        return value == 0 ? null : (Object) value;
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
