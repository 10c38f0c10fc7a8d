package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A data type as written in a column definition or CAST, normalised the way MySQL does (INTEGER to INT, BOOL to TINYINT(1), NUMERIC/FIXED to DECIMAL, REAL to DOUBLE, FLOAT(p>24) to DOUBLE, NATIONAL/NCHAR to charset utf8mb3, LONG VARCHAR to MEDIUMTEXT). {@code length} is the display width, length, precision or fsp (TIME/DATETIME/TIMESTAMP); {@code scale} the DECIMAL/FLOAT/DOUBLE scale; {@code binary} is the BINARY attribute of a character type (binary collation); {@code values} holds ENUM/SET members.
 *
 * @param length nullable
 * @param scale nullable
 * @param charset nullable
 * @param collation nullable
 */
public record DataType(TypeName name, Integer length, Integer scale, boolean unsigned, boolean zerofill, String charset, String collation, boolean binary, List<String> values) implements Node {
    public DataType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
