package io.sprocket.engine.variable;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import java.math.BigInteger;
import java.util.List;

/**
 * A set of names stored as a bitmask (bit i = names.get(i)). SET accepts a comma-separated list in any case
 * (empty elements ignored, an unknown element gives 1231 quoting that element) or a bitmask integer (bits
 * beyond the list give 1231). Shown as the names in list order, comma-separated.
 */
public record SetType(List<String> names) implements VariableType {
    public SetType {
        names = List.copyOf(names);
        if (names.size() > 63) throw new IllegalArgumentException("too many set members");
    }

    public static SetType of(String... names) {
        return new SetType(List.of(names));
    }

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        if (ValueInput.isInteger(input)) {
            BigInteger bits = ValueInput.bigInteger(input);
            if (bits.signum() < 0 || bits.bitLength() > names.size()) throw ValueInput.wrongValue(name, input);
            return bits.longValue();
        }
        if (ValueInput.isApproximateOrDecimal(input)) throw ValueInput.wrongType(name);
        String text = ValueInput.string(input);
        if (text == null) throw ValueInput.wrongValue(name, input);
        long bits = 0;
        for (String element : text.split(",", -1)) {
            if (element.isEmpty()) continue;
            int index = indexOf(element);
            if (index < 0) throw ValueInput.wrongValue(name, element);
            bits |= 1L << index;
        }
        return bits;
    }

    private int indexOf(String element) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(element)) return i;
        }
        return -1;
    }

    public String format(long bits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if ((bits & (1L << i)) != 0) {
                if (!out.isEmpty()) out.append(',');
                out.append(names.get(i));
            }
        }
        return out.toString();
    }

    @Override
    public String show(Object stored) {
        return format((Long) stored);
    }

    @Override
    public Object select(Object stored) {
        return format((Long) stored);
    }

    @Override
    public ColumnMeta column(String alias, Object stored) {
        return ValueInput.stringColumn(alias, format((Long) stored));
    }
}
