package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE USER [IF NOT EXISTS] user [auth_option] [, user [auth_option]] ... [DEFAULT ROLE role [, role] ...]
 * [REQUIRE ...] [WITH resource_option ...] [password_option | lock_option] ... [COMMENT '...' | ATTRIBUTE '...']}.
 *
 * @param defaultRoles nullable: the DEFAULT ROLE clause (kind {@link RoleSelection.Kind#LIST}), null when absent
 * @param options      never null ({@link AccountOptions#NONE} when none were written)
 */
public record CreateUser(boolean ifNotExists, List<UserSpec> users, RoleSelection defaultRoles, AccountOptions options)
        implements AccountStatement {
    public CreateUser {
        users = List.copyOf(users);
        Objects.requireNonNull(options, "options");
    }
}
