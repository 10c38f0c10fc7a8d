package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * Accepted clauses without schema effect: ALGORITHM=x, LOCK=x, FORCE, ENABLE KEYS, DISABLE KEYS, WITH/WITHOUT VALIDATION; {@code name} upper case.
 *
 * @param value nullable
 */
public record AlterTableClause(String name, String value) implements AlterAction {
    public AlterTableClause {
        Objects.requireNonNull(name, "name");
    }
}
