package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import java.math.BigInteger;

/**
 * sql_mode: a set of {@link SqlMode} names or a numeric mask; combination modes are expanded; an unknown name
 * gives 1231 quoting that element, a mask with an invalid bit 1231 quoting the number, a decimal 1232.
 * Like MySQL 8.0 it warns (3135) when NO_ZERO_DATE, NO_ZERO_IN_DATE and ERROR_FOR_DIVISION_BY_ZERO are not used
 * together with strict mode, and (3090) when PAD_CHAR_TO_FULL_LENGTH is set.
 */
public record SqlModeType() implements VariableType {
    public static final SqlModeType INSTANCE = new SqlModeType();

    private static final long STRICT = SqlMode.mask(SqlMode.STRICT_TRANS_TABLES, SqlMode.STRICT_ALL_TABLES);
    private static final long MERGED = SqlMode.mask(SqlMode.NO_ZERO_DATE, SqlMode.NO_ZERO_IN_DATE,
            SqlMode.ERROR_FOR_DIVISION_BY_ZERO);

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        long mask = parse(name, input);
        if ((mask & STRICT) != 0 ? (mask & MERGED) != MERGED : (mask & MERGED) != 0) {
            warnings.warn(ErrorCode.ER_SQL_MODE_MERGED);
        }
        if (SqlMode.PAD_CHAR_TO_FULL_LENGTH.in(mask)) {
            warnings.warn(ErrorCode.ER_WARN_DEPRECATED_SQLMODE, SqlMode.PAD_CHAR_TO_FULL_LENGTH.name());
        }
        return mask;
    }

    /** Parses without warnings: a mask of valid, expanded modes. */
    public static long parse(String name, Object input) {
        if (ValueInput.isInteger(input)) {
            BigInteger bits = ValueInput.bigInteger(input);
            if (bits.signum() < 0 || bits.bitLength() > 63 || (bits.longValue() & ~SqlMode.ALL) != 0) {
                throw ValueInput.wrongValue(name, input);
            }
            return SqlMode.expand(bits.longValue());
        }
        if (ValueInput.isApproximateOrDecimal(input)) throw ValueInput.wrongType(name);
        String text = ValueInput.string(input);
        if (text == null) throw ValueInput.wrongValue(name, input);
        long mask = 0;
        for (String element : text.split(",", -1)) {
            if (element.isEmpty()) continue;
            SqlMode mode = SqlMode.byName(element);
            if (mode == null) throw ValueInput.wrongValue(name, element);
            mask |= mode.bit();
        }
        return SqlMode.expand(mask);
    }

    @Override
    public Object fromOption(String name, String text) {
        return parse(name, text);
    }

    @Override
    public String show(Object stored) {
        return SqlMode.format((Long) stored);
    }

    @Override
    public Object select(Object stored) {
        return SqlMode.format((Long) stored);
    }

    @Override
    public ColumnMeta column(String alias, Object stored) {
        return ValueInput.stringColumn(alias, SqlMode.format((Long) stored));
    }
}
