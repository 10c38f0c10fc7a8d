package io.sprocket.sql.ast;

/**
 * {@code SHOW [FULL] TABLES [FROM|IN db] [LIKE|WHERE]}.
 *
 * @param database nullable
 * @param filter nullable
 */
public record ShowTables(boolean full, String database, ShowFilter filter) implements ShowStatement {
}
