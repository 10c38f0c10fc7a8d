package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import java.util.Objects;

/** A collation name or id (collation_connection, ...). Unknown gives 1273, NULL 1231, decimals 1232. */
public record CollationType(CharsetDirectory directory) implements VariableType {
    public CollationType {
        Objects.requireNonNull(directory);
    }

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        if (input == null) throw ValueInput.wrongValue(name, null);
        if (ValueInput.isInteger(input)) {
            var id = ValueInput.bigInteger(input);
            return (id.bitLength() > 31 ? null : directory.collation(id.intValue()).orElse(null)) instanceof
                    CharsetDirectory.Collation c ? c.name() : unknown(ValueInput.text(input));
        }
        if (ValueInput.isApproximateOrDecimal(input)) throw ValueInput.wrongType(name);
        String text = ValueInput.string(input);
        return directory.collation(text).map(CharsetDirectory.Collation::name).orElseGet(() -> unknown(text));
    }

    private static String unknown(String text) {
        throw new SqlException(ErrorCode.ER_UNKNOWN_COLLATION, text);
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
