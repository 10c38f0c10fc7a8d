package io.sprocket.sql.ast;

/**
 * {@code START TRANSACTION [..]} or {@code BEGIN [WORK]}.
 *
 * @param accessMode nullable
 */
public record StartTransaction(boolean withConsistentSnapshot, TransactionAccessMode accessMode) implements SessionStatement {
}
