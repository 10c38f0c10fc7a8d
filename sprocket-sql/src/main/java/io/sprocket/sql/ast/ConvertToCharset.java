package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code CONVERT TO CHARACTER SET cs [COLLATE c]} (cs may be "DEFAULT").
 *
 * @param collation nullable
 */
public record ConvertToCharset(String charset, String collation) implements AlterAction {
    public ConvertToCharset {
        Objects.requireNonNull(charset, "charset");
    }
}
