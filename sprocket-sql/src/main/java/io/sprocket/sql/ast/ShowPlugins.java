package io.sprocket.sql.ast;

/**
 * {@code SHOW PLUGINS}.
 */
public record ShowPlugins() implements ShowStatement {
}
