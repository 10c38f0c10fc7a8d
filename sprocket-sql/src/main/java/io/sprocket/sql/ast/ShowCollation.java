package io.sprocket.sql.ast;

/**
 * {@code SHOW COLLATION [LIKE|WHERE]}.
 *
 * @param filter nullable
 */
public record ShowCollation(ShowFilter filter) implements ShowStatement {
}
