package io.sprocket.engine.variable;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of on/off flags shown as {@code flag=on,flag=off,...} (optimizer_switch), stored as a bitmask in list
 * order. An assignment changes only the flags it names: {@code 'mrr=off'} keeps the others; {@code default}
 * (alone or as an element) first resets every flag, and {@code flag=default} resets one. A flag named twice,
 * an unknown flag or a value other than on/off/default gives 1231 quoting that element; NULL 1231; decimals
 * 1232. An integer is taken as the whole bitmask.
 */
public record FlagListType(List<String> flags, long defaults) implements VariableType {
    public FlagListType {
        flags = List.copyOf(flags);
        if (flags.size() > 63) throw new IllegalArgumentException("too many flags");
    }

    /** Builds the type from a default text like {@code a=on,b=off}. */
    public static FlagListType fromDefault(String text) {
        List<String> names = new ArrayList<>();
        long defaults = 0;
        for (String element : text.split(",")) {
            String[] parts = element.split("=");
            if (parts[1].equals("on")) defaults |= 1L << names.size();
            names.add(parts[0]);
        }
        return new FlagListType(names, defaults);
    }

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        return assign(name, defaults, input, warnings);
    }

    @Override
    public Object assign(String name, Object current, Object input, Warnings warnings) {
        if (ValueInput.isInteger(input)) {
            BigInteger bits = ValueInput.bigInteger(input);
            if (bits.signum() < 0 || bits.bitLength() > flags.size()) throw ValueInput.wrongValue(name, input);
            return bits.longValue();
        }
        if (ValueInput.isApproximateOrDecimal(input)) throw ValueInput.wrongType(name);
        String text = ValueInput.string(input);
        if (text == null) throw ValueInput.wrongValue(name, input);
        long result = current == null ? defaults : (Long) current;
        long named = 0;
        for (String element : text.split(",", -1)) {
            if (element.isEmpty()) continue;
            if (element.equalsIgnoreCase("default")) {
                result = defaults;
                continue;
            }
            int eq = element.indexOf('=');
            int index = eq < 0 ? -1 : flags.indexOf(element.substring(0, eq).toLowerCase(Locale.ROOT));
            if (index < 0 || (named & (1L << index)) != 0) throw ValueInput.wrongValue(name, element);
            named |= 1L << index;
            long bit = 1L << index;
            switch (element.substring(eq + 1).toLowerCase(Locale.ROOT)) {
                case "on" -> result |= bit;
                case "off" -> result &= ~bit;
                case "default" -> result = (result & ~bit) | (defaults & bit);
                default -> throw ValueInput.wrongValue(name, element);
            }
        }
        return result;
    }

    @Override
    public Object fromOption(String name, String text) {
        return convert(name, text, Warnings.IGNORE);
    }

    public String format(long bits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < flags.size(); i++) {
            if (i > 0) out.append(',');
            out.append(flags.get(i)).append((bits & (1L << i)) != 0 ? "=on" : "=off");
        }
        return out.toString();
    }

    /** Whether {@code flag} is on in the stored value. */
    public boolean isOn(Object stored, String flag) {
        int index = flags.indexOf(flag);
        if (index < 0) throw new IllegalArgumentException("unknown flag " + flag);
        return ((Long) stored & (1L << index)) != 0;
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
