package io.sprocket.sql.ast;

/**
 * {@code SHOW TABLE STATUS [FROM|IN db] [LIKE|WHERE]}.
 *
 * @param database nullable
 * @param filter nullable
 */
public record ShowTableStatus(String database, ShowFilter filter) implements ShowStatement {
}
