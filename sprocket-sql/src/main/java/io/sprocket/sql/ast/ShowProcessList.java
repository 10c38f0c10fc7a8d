package io.sprocket.sql.ast;

/**
 * {@code SHOW [FULL] PROCESSLIST}.
 */
public record ShowProcessList(boolean full) implements ShowStatement {
}
