package io.sprocket.engine.variable;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;

/**
 * Free text (init_connect, ssl_ca, ...). Numbers give 1232; NULL is allowed only when {@code nullable}
 * (else 1231 'NULL'). SHOW prints NULL as an empty string, SELECT returns NULL.
 */
public record StringType(boolean nullable) implements VariableType {
    public static final StringType NOT_NULL = new StringType(false);
    public static final StringType NULLABLE = new StringType(true);

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        if (input == null) {
            if (nullable) return null;
            throw ValueInput.wrongValue(name, null);
        }
        String text = ValueInput.string(input);
        if (text == null) throw ValueInput.wrongType(name);
        return text;
    }

    @Override
    public String show(Object stored) {
        return stored == null ? "" : (String) stored;
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
