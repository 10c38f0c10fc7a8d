package io.sprocket.sql.ast;

/**
 * {@code SHOW WARNINGS [LIMIT ..]}.
 *
 * @param limit nullable
 */
public record ShowWarnings(Limit limit) implements ShowStatement {
}
