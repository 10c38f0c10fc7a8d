package io.sprocket.sql.ast;

/**
 * {@code SHOW PRIVILEGES}.
 */
public record ShowPrivileges() implements ShowStatement {
}
