package io.sprocket.sql.ast;

/**
 * {@code SHOW COUNT(*) ERRORS}.
 */
public record ShowErrorCount() implements ShowStatement {
}
