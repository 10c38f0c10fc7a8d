package io.sprocket.engine.catalog;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.Expression;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;

/**
 * What a DDL statement needs from the session that runs it. The executor writes catalog and data changes through
 * {@link #transaction()} only; the caller commits and then publishes the returned catalog.
 */
public interface DdlContext {
    KvStore store();

    KvTransaction transaction();

    /** The catalog the statement starts from. */
    Catalog catalog();

    /** The current database, or null when none is selected. */
    String currentDatabase();

    Warnings warnings();

    /** STRICT_TRANS_TABLES or STRICT_ALL_TABLES is in effect. */
    boolean strictMode();

    /** character_set_server/collation_server: the default of CREATE DATABASE without a character set. */
    Collation serverCollation();

    /**
     * Store assignment of {@code value} (engine representation) into a column of {@code type}, with MySQL's rules:
     * in strict mode an invalid value throws (1265, 1264, 1366, 1406, ...); otherwise it is adjusted and a warning
     * added to {@code warnings}. {@code rowNumber} is 1-based for messages ("at row n").
     */
    /**
     * Evaluates a column's DEFAULT (expr) or CURRENT_TIMESTAMP[(fsp)] for one new row (ALTER TABLE ADD COLUMN fills
     * existing rows with it). The result is store-assigned by the caller.
     */
    Object evaluate(Expression expression);

    /**
     * Checks a row against the table's enforced CHECK constraints (ALTER TABLE validates every copied row), throwing
     * ER_CHECK_CONSTRAINT_VIOLATED 3819 for the first one that is false.
     */
    void checkConstraints(TableDef table, Object[] row);

    Object storeValue(SqlType type, String columnName, Object value, boolean strict, Warnings warnings, long rowNumber);
}
