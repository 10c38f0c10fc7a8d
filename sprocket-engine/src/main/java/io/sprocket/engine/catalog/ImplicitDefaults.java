package io.sprocket.engine.catalog;

import io.sprocket.engine.type.BitValue;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import io.sprocket.engine.type.SqlType;
import java.math.BigDecimal;

/**
 * MySQL's implicit default of a NOT NULL column without DEFAULT (0, '', the first ENUM member, zero temporals),
 * used when ALTER TABLE adds such a column to existing rows or non-strict mode replaces a NULL.
 */
public final class ImplicitDefaults {
    private ImplicitDefaults() {
    }

    public static Object of(SqlType type) {
        return switch (type.kind()) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT, YEAR -> 0L;
            case DECIMAL -> BigDecimal.ZERO.setScale(type.scale());
            case FLOAT, DOUBLE -> 0.0;
            case BIT -> new BitValue(0, (int) Math.max(1, type.length()));
            case CHAR, VARCHAR, TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT, SET -> "";
            case BINARY -> new byte[(int) type.length()];
            case VARBINARY, TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB -> new byte[0];
            case ENUM -> type.elements().isEmpty() ? "" : type.elements().get(0);
            case DATE -> SqlDate.ZERO;
            case DATETIME, TIMESTAMP -> SqlDateTime.ZERO;
            case TIME -> SqlTime.ZERO;
            case JSON, NULL -> null;
        };
    }
}
