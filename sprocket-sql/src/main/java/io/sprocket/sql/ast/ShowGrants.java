package io.sprocket.sql.ast;

/**
 * {@code SHOW GRANTS [FOR user]}; account null means the current user (also for FOR CURRENT_USER[()]).
 *
 * @param account nullable
 */
public record ShowGrants(AccountRef account) implements ShowStatement {
}
