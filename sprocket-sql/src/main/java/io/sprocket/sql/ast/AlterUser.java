package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER USER [IF EXISTS] user [auth_option] [, user [auth_option]] ... [REQUIRE ...] [WITH ...]
 * [password_option | lock_option] ... [COMMENT | ATTRIBUTE]}, {@code ALTER USER [IF EXISTS] USER() IDENTIFIED BY 'x'
 * [REPLACE 'y'] [RETAIN CURRENT PASSWORD] | DISCARD OLD PASSWORD} and {@code ALTER USER [IF EXISTS] user DEFAULT ROLE
 * {NONE | ALL | role [, role] ...}} (then {@code users} holds that one account without auth and options are NONE).
 * An account written as USER() or CURRENT_USER[()] is null.
 *
 * @param options     never null
 * @param defaultRole nullable: the DEFAULT ROLE selection (NONE, ALL or LIST)
 */
public record AlterUser(boolean ifExists, List<UserSpec> users, AccountOptions options, RoleSelection defaultRole)
        implements AccountStatement {
    public AlterUser {
        users = List.copyOf(users);
        Objects.requireNonNull(options, "options");
    }
}
