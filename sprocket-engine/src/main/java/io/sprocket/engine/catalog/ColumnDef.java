package io.sprocket.engine.catalog;

import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.Expression;
import java.util.Objects;

/**
 * One column of a table.
 *
 * @param name            as declared (column names compare case-insensitively)
 * @param type            the column's type, including its collation for character columns
 * @param nullable        false for NOT NULL (and for PRIMARY KEY columns)
 * @param defaultValue    the DEFAULT: a constant value in the engine's value representation, or null
 * @param hasDefault      false when the column has no DEFAULT clause (MySQL's NO_DEFAULT_VALUE flag); a nullable
 *                        column without DEFAULT has an implicit DEFAULT NULL and hasDefault true
 * @param defaultExpression DEFAULT (expr) or DEFAULT CURRENT_TIMESTAMP[(fsp)], evaluated per row; null otherwise
 * @param onUpdateNow     ON UPDATE CURRENT_TIMESTAMP
 * @param autoIncrement   AUTO_INCREMENT
 * @param comment         COMMENT text, "" for none
 * @param invisible       INVISIBLE column
 */
public record ColumnDef(String name, SqlType type, boolean nullable, Object defaultValue, boolean hasDefault,
                        Expression defaultExpression, boolean onUpdateNow, boolean autoIncrement, String comment,
                        boolean invisible) {
    public ColumnDef {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(comment);
    }

    /**
     * A plain column with no DEFAULT clause (a nullable one defaults to NULL), e.g. for CREATE TABLE ... SELECT
     * result columns.
     */
    public static ColumnDef of(String name, SqlType type, boolean nullable) {
        return new ColumnDef(name, type, nullable, null, nullable, null, false, false, "", false);
    }

    public boolean nameEquals(String other) {
        return name.equalsIgnoreCase(other);
    }
}
