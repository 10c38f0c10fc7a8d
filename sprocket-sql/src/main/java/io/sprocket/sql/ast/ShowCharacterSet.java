package io.sprocket.sql.ast;

/**
 * {@code SHOW CHARACTER SET|CHARSET [LIKE|WHERE]}.
 *
 * @param filter nullable
 */
public record ShowCharacterSet(ShowFilter filter) implements ShowStatement {
}
