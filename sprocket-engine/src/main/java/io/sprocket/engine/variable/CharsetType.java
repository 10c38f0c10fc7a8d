package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import java.util.Objects;

/**
 * A character set name (character_set_client, ...). SET accepts a name (aliases resolved, stored canonical,
 * e.g. utf8 becomes utf8mb3) or a collation id (its character set). Unknown names give 1115; NULL gives 1231
 * unless {@code nullable} (character_set_results); a charset a client cannot use (ucs2, utf16, utf32) gives
 * 1231 when {@code clientOnly}.
 */
public record CharsetType(CharsetDirectory directory, boolean nullable, boolean clientOnly) implements VariableType {
    public CharsetType {
        Objects.requireNonNull(directory);
    }

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        if (input == null) {
            if (nullable) return null;
            throw ValueInput.wrongValue(name, null);
        }
        CharsetDirectory.Charset charset;
        if (ValueInput.isInteger(input)) {
            var collation = ValueInput.bigInteger(input).bitLength() > 31 ? null
                    : directory.collation(ValueInput.bigInteger(input).intValue()).orElse(null);
            if (collation == null) throw new SqlException(ErrorCode.ER_UNKNOWN_CHARACTER_SET, ValueInput.text(input));
            charset = directory.charset(collation.charset()).orElseThrow();
        } else if (ValueInput.isApproximateOrDecimal(input)) {
            throw ValueInput.wrongType(name);
        } else {
            String text = ValueInput.string(input);
            charset = directory.charset(text)
                    .orElseThrow(() -> new SqlException(ErrorCode.ER_UNKNOWN_CHARACTER_SET, text));
        }
        if (clientOnly && !charset.clientSafe()) throw ValueInput.wrongValue(name, input);
        return charset.name();
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
