package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SET [GLOBAL|SESSION] TRANSACTION ...}; scope UNQUALIFIED means the next transaction only.
 *
 * @param isolationLevel nullable
 * @param accessMode nullable
 */
public record SetTransaction(VariableScope scope, IsolationLevel isolationLevel, TransactionAccessMode accessMode) implements SessionStatement {
    public SetTransaction {
        Objects.requireNonNull(scope, "scope");
    }
}
