package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ADD [CONSTRAINT [name]] CHECK (..)}.
 */
public record AddCheckConstraint(CheckConstraint constraint) implements AlterAction {
    public AddCheckConstraint {
        Objects.requireNonNull(constraint, "constraint");
    }
}
