package io.sprocket.engine.variable;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;

/**
 * How one kind of system variable validates, stores and renders its value. Stored values are canonical and
 * immutable: Boolean, Long (an unsigned type keeps the bits; see {@link IntegerType}), Double, String or null.
 */
public sealed interface VariableType
        permits BooleanType, IntegerType, DoubleType, EnumType, SetType, SqlModeType, StringType, CharsetType,
        CollationType, TimeZoneType, TimestampType, FlagListType, LocaleType {

    /**
     * Converts a value handed over by SET (already evaluated: null, Long, BigInteger, BigDecimal, Double,
     * String or byte[]) to the stored form, or throws MySQL's error (1231, 1232, 1115, 1273, 1298, ...).
     * Clamping reports 1292 to {@code warnings}.
     */
    Object convert(String name, Object input, Warnings warnings) throws SqlException;

    /**
     * SET's conversion given the variable's current stored value: the same as {@link #convert} except for
     * types where an assignment changes only what it names (optimizer_switch).
     */
    default Object assign(String name, Object current, Object input, Warnings warnings) throws SqlException {
        return convert(name, input, warnings);
    }

    /** A value given as text at server start (option file, command line). Numbers are parsed as numbers. */
    default Object fromOption(String name, String text) {
        return convert(name, text, Warnings.IGNORE);
    }

    /** The Value column of SHOW VARIABLES (ON/OFF for booleans, '' for NULL). */
    String show(Object stored);

    /** What {@code SELECT @@x} returns, as a wire value (Long, BigInteger, Double, String or null). */
    Object select(Object stored);

    /** Result-set metadata for {@code SELECT @@x} under the column name {@code alias}. */
    ColumnMeta column(String alias, Object stored);
}
