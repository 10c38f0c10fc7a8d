package io.sprocket.sql.ast;

/**
 * {@code SHOW TRIGGERS [{FROM | IN} db] [LIKE 'pattern' | WHERE expr]}; LIKE matches the table name.
 *
 * @param database nullable: the current database when omitted
 * @param filter   nullable
 */
public record ShowTriggers(String database, ShowFilter filter) implements ShowStatement {
}
