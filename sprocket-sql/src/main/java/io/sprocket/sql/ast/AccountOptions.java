package io.sprocket.sql.ast;

import java.util.List;

/**
 * The account options of CREATE USER / ALTER USER after the user list.
 *
 * @param accountLocked  nullable: ACCOUNT LOCK = true, ACCOUNT UNLOCK = false, null = not written (the last one wins)
 * @param passwordExpire nullable: the last PASSWORD EXPIRE clause
 * @param other          the other accepted options as canonical text, in the order written: "REQUIRE NONE",
 *                       "REQUIRE SSL", "REQUIRE CIPHER 'c' AND ISSUER 'i'", "MAX_QUERIES_PER_HOUR 10",
 *                       "PASSWORD HISTORY DEFAULT", "PASSWORD REUSE INTERVAL 30 DAY", "PASSWORD REQUIRE CURRENT
 *                       OPTIONAL", "FAILED_LOGIN_ATTEMPTS 3", "PASSWORD_LOCK_TIME UNBOUNDED", "COMMENT 'x'",
 *                       "ATTRIBUTE '{...}'", and in ALTER USER "DISCARD OLD PASSWORD"
 */
public record AccountOptions(Boolean accountLocked, PasswordExpire passwordExpire, List<String> other)
        implements Node {
    /** No options written. */
    public static final AccountOptions NONE = new AccountOptions(null, null, List.of());

    public AccountOptions {
        other = List.copyOf(other);
    }
}
