package io.sprocket.sql.ast;

/**
 * One {@code old TO new} pair of RENAME USER.
 *
 * @param from nullable: null = CURRENT_USER
 * @param to   nullable: null = CURRENT_USER
 */
public record Rename(AccountRef from, AccountRef to) implements Node {
}
