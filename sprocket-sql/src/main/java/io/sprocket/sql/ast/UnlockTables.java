package io.sprocket.sql.ast;

/**
 * {@code UNLOCK TABLES|TABLE}.
 */
public record UnlockTables() implements UtilityStatement {
}
