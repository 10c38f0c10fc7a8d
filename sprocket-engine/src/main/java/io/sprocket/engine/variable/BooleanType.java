package io.sprocket.engine.variable;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import java.math.BigInteger;
import java.util.Locale;

/**
 * ON/OFF variables. SET accepts the integers 0 and 1 (so the literals TRUE/FALSE) and the strings 'ON'/'OFF'
 * in any case; other integers and strings (even '1' or 'true') give 1231, decimals and floats 1232. Start-up
 * options also accept TRUE/FALSE/1/0 as text (MySQL manual, "Server System Variables"). SHOW prints ON/OFF,
 * SELECT returns 1/0 as a BIGINT.
 */
public record BooleanType() implements VariableType {
    public static final BooleanType INSTANCE = new BooleanType();

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        if (ValueInput.isInteger(input)) {
            BigInteger value = ValueInput.bigInteger(input);
            if (value.signum() == 0) return Boolean.FALSE;
            if (value.equals(BigInteger.ONE)) return Boolean.TRUE;
            throw ValueInput.wrongValue(name, input);
        }
        if (ValueInput.isApproximateOrDecimal(input)) throw ValueInput.wrongType(name);
        String text = ValueInput.string(input);
        if (text == null) throw ValueInput.wrongValue(name, input);
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "ON" -> Boolean.TRUE;
            case "OFF" -> Boolean.FALSE;
            default -> throw ValueInput.wrongValue(name, input);
        };
    }

    @Override
    public Object fromOption(String name, String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "1", "TRUE" -> Boolean.TRUE;
            case "0", "FALSE" -> Boolean.FALSE;
            default -> convert(name, text.trim(), Warnings.IGNORE);
        };
    }

    @Override
    public String show(Object stored) {
        return (Boolean) stored ? "ON" : "OFF";
    }

    @Override
    public Object select(Object stored) {
        return (Boolean) stored ? 1L : 0L;
    }

    @Override
    public ColumnMeta column(String alias, Object stored) {
        return ValueInput.integerColumn(alias, 1, false);
    }
}
