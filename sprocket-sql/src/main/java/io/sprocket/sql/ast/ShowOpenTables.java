package io.sprocket.sql.ast;

/**
 * {@code SHOW OPEN TABLES [FROM db] [LIKE|WHERE]}.
 *
 * @param database nullable
 * @param filter nullable
 */
public record ShowOpenTables(String database, ShowFilter filter) implements ShowStatement {
}
