package io.sprocket.sql.ast;

/**
 * {@code SHOW EVENTS [{FROM | IN} db] [LIKE | WHERE]}.
 *
 * @param database nullable: the current database
 * @param filter   nullable
 */
public record ShowEvents(String database, ShowFilter filter) implements ShowStatement {
}
