package io.sprocket.sql.ast;

/**
 * One account of CREATE USER / ALTER USER with its optional authentication clause.
 *
 * @param account nullable: null = CURRENT_USER (also {@code USER()} in ALTER USER)
 * @param auth    nullable: null when no IDENTIFIED clause was written
 */
public record UserSpec(AccountRef account, AuthOption auth) implements Node {
}
