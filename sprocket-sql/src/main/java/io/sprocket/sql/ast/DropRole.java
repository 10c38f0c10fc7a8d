package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code DROP ROLE [IF EXISTS] role [, role] ...}.
 */
public record DropRole(boolean ifExists, List<AccountRef> roles) implements AccountStatement {
    public DropRole {
        roles = List.copyOf(roles);
    }
}
