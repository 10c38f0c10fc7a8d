package io.sprocket.sql.ast;

/**
 * {@code SHOW COUNT(*) WARNINGS}.
 */
public record ShowWarningCount() implements ShowStatement {
}
