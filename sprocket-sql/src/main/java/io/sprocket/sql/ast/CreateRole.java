package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code CREATE ROLE [IF NOT EXISTS] role [, role] ...}.
 */
public record CreateRole(boolean ifNotExists, List<AccountRef> roles) implements AccountStatement {
    public CreateRole {
        roles = List.copyOf(roles);
    }
}
