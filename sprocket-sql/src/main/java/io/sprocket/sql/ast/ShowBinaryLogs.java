package io.sprocket.sql.ast;

/**
 * {@code SHOW BINARY LOGS} / {@code SHOW MASTER LOGS}.
 */
public record ShowBinaryLogs() implements ShowStatement {
}
