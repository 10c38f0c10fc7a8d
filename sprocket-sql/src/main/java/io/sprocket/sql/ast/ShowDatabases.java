package io.sprocket.sql.ast;

/**
 * {@code SHOW DATABASES|SCHEMAS [LIKE|WHERE]}.
 *
 * @param filter nullable
 */
public record ShowDatabases(ShowFilter filter) implements ShowStatement {
}
