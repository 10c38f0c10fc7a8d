package io.sprocket.engine.variable;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * One of a fixed list of names (transaction_isolation, completion_type, ...). SET accepts a name in any case or
 * the 0-based position; anything else gives 1231, decimals 1232. Stored and shown as the listed spelling.
 */
public record EnumType(List<String> values) implements VariableType {
    public EnumType {
        values = List.copyOf(values);
        if (values.isEmpty()) throw new IllegalArgumentException("empty enum");
    }

    public static EnumType of(String... values) {
        return new EnumType(List.of(values));
    }

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        if (ValueInput.isInteger(input)) {
            BigInteger index = ValueInput.bigInteger(input);
            if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(values.size())) >= 0) {
                throw ValueInput.wrongValue(name, input);
            }
            return values.get(index.intValue());
        }
        if (ValueInput.isApproximateOrDecimal(input)) throw ValueInput.wrongType(name);
        String text = ValueInput.string(input);
        if (text != null) {
            for (String value : values) {
                if (value.equalsIgnoreCase(text)) return value;
            }
        }
        throw ValueInput.wrongValue(name, input);
    }

    @Override
    public Object fromOption(String name, String text) {
        Objects.requireNonNull(text);
        return convert(name, text.trim(), Warnings.IGNORE);
    }

    @Override
    public String show(Object stored) {
        return (String) stored;
    }

    @Override
    public Object select(Object stored) {
        return stored;
    }

    @Override
    public ColumnMeta column(String alias, Object stored) {
        return ValueInput.stringColumn(alias, (String) stored);
    }
}
