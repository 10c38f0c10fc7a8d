package io.sprocket.sql.ast;

/**
 * {@code SHOW MASTER STATUS} / {@code SHOW BINARY LOG STATUS}.
 */
public record ShowMasterStatus() implements ShowStatement {
}
