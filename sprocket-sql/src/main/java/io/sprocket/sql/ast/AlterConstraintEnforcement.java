package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ALTER CHECK|CONSTRAINT name [NOT] ENFORCED}.
 */
public record AlterConstraintEnforcement(String name, boolean checkOnly, boolean enforced) implements AlterAction {
    public AlterConstraintEnforcement {
        Objects.requireNonNull(name, "name");
    }
}
