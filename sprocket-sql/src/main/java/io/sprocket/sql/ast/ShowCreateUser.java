package io.sprocket.sql.ast;

/**
 * {@code SHOW CREATE USER user}; account null means the current user (CURRENT_USER).
 *
 * @param account nullable
 */
public record ShowCreateUser(AccountRef account) implements ShowStatement {
}
