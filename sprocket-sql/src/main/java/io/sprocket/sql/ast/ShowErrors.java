package io.sprocket.sql.ast;

/**
 * {@code SHOW ERRORS [LIMIT ..]}.
 *
 * @param limit nullable
 */
public record ShowErrors(Limit limit) implements ShowStatement {
}
