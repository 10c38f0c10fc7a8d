package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code SET ROLE {DEFAULT | NONE | ALL | ALL EXCEPT role [, role] ... | role [, role] ...}}.
 */
public record SetRole(RoleSelection selection) implements AccountStatement {
    public SetRole {
        Objects.requireNonNull(selection, "selection");
    }
}
